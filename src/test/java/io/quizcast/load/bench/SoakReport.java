package io.quizcast.load.bench;

import io.quizcast.load.bench.Soak.Result;
import io.quizcast.load.bench.Soak.Sample;
import java.util.List;
import java.util.Locale;

/** The soak's samples as CSV, its plot of RSS and sockets over time (SVG), and its block of figures (Markdown). */
final class SoakReport {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 320;
    private static final int MARGIN = 50;

    private final Result result;

    SoakReport(Result result) {
        this.result = result;
    }

    String csv() {
        StringBuilder b = new StringBuilder(
                "seconds,game,settled,rss_kib,open_files,socket_files,pg_connections,pg_active,rooms,game_sockets\n");
        for (Sample s : result.samples()) {
            b.append(String.format(Locale.ROOT, "%.1f,%d,%b,%d,%d,%d,%d,%d,%d,%d%n", s.seconds(), s.game(),
                    s.settled(), s.rssKiB(), s.files(), s.socketFiles(), s.pgConnections(), s.pgActive(), s.rooms(),
                    s.gameSockets()));
        }
        return b.toString();
    }

    /** RSS (MiB, blue, left axis) and the server's open sockets (orange, right axis) against minutes. */
    String svg() {
        List<Sample> all = result.samples();
        double maxT = Math.max(1, all.get(all.size() - 1).seconds());
        double maxRss = all.stream().mapToLong(Sample::rssKiB).max().orElse(1) / 1024.0 * 1.1;
        double maxSockets = Math.max(1, all.stream().mapToLong(Sample::socketFiles).max().orElse(1) * 1.1);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH, HEIGHT));
        int plotW = WIDTH - 2 * MARGIN;
        int plotH = HEIGHT - 2 * MARGIN;
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#888\"/>%n", MARGIN, MARGIN, plotW, plotH));
        b.append(polyline(all, maxT, s -> s.rssKiB() / 1024.0, maxRss, "#1f5fbf"));
        b.append(polyline(all, maxT, s -> (double) s.socketFiles(), maxSockets, "#d9730d"));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1f5fbf\">RSS, MiB (max %.0f)</text>%n",
                MARGIN, MARGIN - 20, maxRss / 1.1));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#d9730d\" text-anchor=\"end\">open"
                + " sockets (max %.0f)</text>%n", WIDTH - MARGIN, MARGIN - 20, maxSockets / 1.1));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">minutes (0 to %.0f),"
                + " %d games of 1,000 players</text>%n", WIDTH / 2, HEIGHT - 15, maxT / 60, result.games()));
        for (int m = 0; m <= maxT / 60; m += 5) {
            double x = MARGIN + plotW * (m * 60 / maxT);
            b.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x,
                    HEIGHT - MARGIN + 15, m));
        }
        return b.append("</svg>\n").toString();
    }

    private static String polyline(List<Sample> all, double maxT, java.util.function.ToDoubleFunction<Sample> y,
            double maxY, String colour) {
        int plotW = WIDTH - 2 * MARGIN;
        int plotH = HEIGHT - 2 * MARGIN;
        StringBuilder points = new StringBuilder();
        for (Sample s : all) {
            double v = y.applyAsDouble(s);
            if (v < 0) {
                continue; // not measured
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", MARGIN + plotW * s.seconds() / maxT,
                    MARGIN + plotH * (1 - v / maxY)));
        }
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\""
                + " points=\"%s\"/>%n", colour, points.toString().trim());
    }

    /** The figures and the checks, for docs/RELIABILITY.md. */
    String markdown(String header) {
        List<Sample> settled = result.samples().stream().filter(Sample::settled).toList();
        Sample warm = settled.size() > 1 ? settled.get(1) : settled.get(0);
        Sample last = settled.get(settled.size() - 1);
        long minRss = settled.stream().skip(1).mapToLong(Sample::rssKiB).min().orElse(0);
        long maxRss = settled.stream().skip(1).mapToLong(Sample::rssKiB).max().orElse(0);
        long peak = result.samples().stream().mapToLong(Sample::rssKiB).max().orElse(0);
        long maxActive = settled.stream().skip(1).mapToLong(Sample::pgActive).max().orElse(0);
        long maxRooms = result.samples().stream().mapToLong(Sample::rooms).max().orElse(0);
        StringBuilder b = new StringBuilder(header);
        b.append(String.format(Locale.ROOT, "%d games of 1,000 players back to back (%d dirty), %d answers"
                + " acknowledged, %d error frames; %d samples (every 5 s).%n%n", result.games(), result.dirtyGames(),
                result.answersAcked(), result.errorFrames(), result.samples().size()));
        b.append("| figure | warmed up (after game 2) | end | range between games |\n|---|---|---|---|\n");
        b.append(String.format(Locale.ROOT, "| RSS, MiB | %d | %d | %d – %d (%+.1f%% / %+.1f%%); peak during a game"
                + " %d |%n", warm.rssKiB() >> 10, last.rssKiB() >> 10, minRss >> 10, maxRss >> 10,
                pct(minRss, warm.rssKiB()), pct(maxRss, warm.rssKiB()), peak >> 10));
        b.append(String.format(Locale.ROOT, "| open files (sockets) | %d (%d) | %d (%d) | |%n", warm.files(),
                warm.socketFiles(), last.files(), last.socketFiles()));
        b.append(String.format(Locale.ROOT, "| PostgreSQL connections (active) | %d (%d) | %d (%d) | active at"
                + " most %d |%n", warm.pgConnections(), warm.pgActive(), last.pgConnections(), last.pgActive(),
                maxActive));
        b.append(String.format(Locale.ROOT, "| rooms in memory | %d | %d | at most %d during the run |%n",
                warm.rooms(), last.rooms(), maxRooms));
        b.append("\n").append(result.failedChecks().isEmpty() ? "Every check held: RSS within ±10% of the"
                + " warmed-up figure between games, the pool idle and no game socket left between games, open files"
                + " (pool connections aside) back to the baseline, every room evicted, every game clean."
                : "Checks that failed:\n\n- " + String.join("\n- ", result.failedChecks())).append("\n");
        b.append("\nPlot: `docs/soak.svg`; samples: `target/load/soak.csv`.\n");
        return b.toString();
    }

    private static double pct(long value, long reference) {
        return (value - reference) * 100.0 / reference;
    }
}
