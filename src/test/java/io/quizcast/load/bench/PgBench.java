package io.quizcast.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database floor: pgbench sending the insert of one answer row per transaction to the same PostgreSQL,
 * into a table shaped like {@code answers} (its columns, defaults, checks and indexes, without the foreign keys).
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    static final Path BINARY = Path.of("/usr/lib/postgresql/15/bin/pgbench");

    private final int port;
    private final Path work;

    PgBench(int port, Path work) {
        this.port = port;
        this.work = work;
    }

    /** Transactions per second with {@code clients} connections for {@code seconds}. */
    double insertRate(int clients, int seconds) throws IOException, InterruptedException, SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_answers");
            s.execute("CREATE TABLE bench_answers (LIKE answers INCLUDING ALL)");
        }
        Path script = work.resolve("answer-insert.sql");
        Files.writeString(script, """
                INSERT INTO bench_answers (id, segment_id, question_id, participant_id, selected_answer, is_correct,
                                           response_time_ms, points, answered_at)
                VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'Right', true,
                        1234, 876, now());
                """.replace('\n', ' ').trim() + "\n");
        return rate(script, clients, seconds);
    }

    /** Transactions per second of a pgbench script with {@code clients} connections for {@code seconds}. */
    double rate(Path script, int clients, int seconds) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("pgbench not found at " + BINARY + ": apt-get install postgresql-15");
        }
        List<String> command = List.of(BINARY.toString(), "-n", "-h", "localhost", "-p", String.valueOf(port), "-U",
                "postgres", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)), "-T",
                String.valueOf(seconds), "-f", script.toString(), "postgres");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed: " + out);
        }
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }
}
