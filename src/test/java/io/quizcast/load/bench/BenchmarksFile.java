package io.quizcast.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * docs/BENCHMARKS.md, where each scenario run writes its own block between markers named after the scenario
 * and the run's label, so runs before and after a change stand side by side and other blocks stay as they are.
 */
final class BenchmarksFile {

    private final Path file;

    BenchmarksFile(Path file) {
        this.file = file;
    }

    void write(String scenario, String label, String block) throws IOException {
        String begin = "<!-- load:" + scenario + ":" + label + " -->";
        String end = "<!-- /load:" + scenario + ":" + label + " -->";
        String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n";
        String content = begin + "\n" + block.strip() + "\n" + end;
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b >= 0 && e > b) {
            text = text.substring(0, b) + content + text.substring(e + end.length());
        } else {
            String heading = "## Scenario `" + scenario + "`";
            int h = text.indexOf(heading);
            if (h < 0) {
                text = text.stripTrailing() + "\n\n" + heading + "\n\n" + content + "\n";
            } else {
                int next = text.indexOf("\n## ", h + heading.length());
                int at = next < 0 ? text.length() : next;
                text = text.substring(0, at).stripTrailing() + "\n\n" + content + "\n" + text.substring(at);
            }
        }
        Files.writeString(file, text);
    }
}
