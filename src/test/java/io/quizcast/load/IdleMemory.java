package io.quizcast.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The idle-memory scenario's tools: hold the sockets open, and read the server's RSS after a full GC. */
final class IdleMemory {

    private IdleMemory() {
    }

    static void hold(int seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds); // holding open sockets for a while is the measurement itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks a JVM server for a full GC (jcmd), then reads its RSS; a server that is not a JVM is just read. */
    static long rssAfterGc(ProcessStats server) {
        if (!server.known()) {
            return -1;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(server.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // not a JVM we can reach: its RSS is still the figure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return server.rssKiB();
    }
}
