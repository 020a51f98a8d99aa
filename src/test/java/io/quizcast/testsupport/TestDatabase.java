package io.quizcast.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Takes the test PostgreSQL away and brings it back from inside a test. The test resource may live in
 * another class loader, so the two share only plain strings (system properties): the data directory
 * and the port. Stopping signals the postmaster; starting runs pg_ctl with the postmaster's own arguments.
 */
public final class TestDatabase {

    private static final String DIR = "io.quizcast.testdb.dir";
    private static final String PORT = "io.quizcast.testdb.port";

    private static List<String> postmasterCommand;
    private static boolean down;

    private TestDatabase() {
    }

    static void register(Path dataDirectory, int port) {
        System.setProperty(DIR, dataDirectory.toString());
        System.setProperty(PORT, String.valueOf(port));
    }

    static void unregister() {
        System.clearProperty(DIR);
        System.clearProperty(PORT);
    }

    /** Fast shutdown (SIGINT): open connections are cut, as in a real outage. Returns once the server is gone. */
    public static synchronized void stop() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).trim());
            // remember how the server was started, to start it again the same way
            postmasterCommand = readCommandLine(pid);
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("could not signal postmaster " + pid);
            }
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            down = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the server again with the same binary, data, port and settings; waits until it accepts connections. */
    public static synchronized void start() {
        if (postmasterCommand == null) {
            throw new IllegalStateException("start() without a stop() before it");
        }
        Path postgres = Path.of(postmasterCommand.get(0));
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as the embedded library does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", dataDirectory().toString(),
                "-o", String.join(" ", postmasterCommand.subList(3, postmasterCommand.size())),
                "-l", dataDirectory().resolve("restart.log").toString(), "-w", "-t", "30", "start"));
        try {
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!pgCtl.waitFor(60, TimeUnit.SECONDS) || pgCtl.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl start failed: " + command);
            }
            down = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For a test's clean-up: starts the server again when the test stopped it and did not start it. */
    public static synchronized void startIfStopped() {
        if (down) {
            start();
        }
    }

    private static List<String> readCommandLine(long pid) throws IOException {
        // /proc/PID/cmdline: "postgres -D <dir> -p <port> -F -c k=v ...", NUL-separated
        String raw = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"));
        List<String> parts = new ArrayList<>(List.of(raw.split("\u0000")));
        parts.set(0, Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid), "exe")).toString());
        if (parts.size() < 3 || !"-D".equals(parts.get(1))) {
            throw new IllegalStateException("unexpected postmaster command line: " + parts);
        }
        return parts;
    }

    private static Path dataDirectory() {
        String dir = System.getProperty(DIR);
        if (dir == null) {
            throw new IllegalStateException("the test database is not running");
        }
        return Path.of(dir);
    }
}
