package io.quizcast.load.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The fan-out floor (io.quizcast.load.floor.FloorServer) as a process of its own, like the service. */
final class FloorProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long readyAfterMs;

    FloorProcess(Path log, List<String> jvmOptions) throws IOException {
        long begin = System.nanoTime();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.quizcast.load.floor.FloorServer",
                "--port", "0"));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream()));
                    var out = java.nio.file.Files.newBufferedWriter(log)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("floor listening on ")) {
                        listening.complete(Integer.parseInt(line.substring("floor listening on ".length()).trim()));
                    }
                    out.write(line);
                    out.newLine();
                    out.flush();
                }
            } catch (IOException | RuntimeException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IllegalStateException("the floor exited; log: " + log));
        }, "floor-log");
        reader.setDaemon(true);
        reader.start();
        try {
            port = listening.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the floor did not start: " + e, e);
        }
        readyAfterMs = (System.nanoTime() - begin) / 1_000_000;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    long readyAfterMs() {
        return readyAfterMs;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
