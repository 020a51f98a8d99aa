package io.quizcast.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service as a separate process in the prod profile, against a given PostgreSQL: the JVM build, or the
 * native executable when the {@code native.image.path} system property names one (the {@code native} Maven profile
 * sets it, as Quarkus's own integration tests do). Stopping it sends SIGTERM, as Kubernetes does; crashing it sends
 * SIGKILL.
 */
public final class ServiceProcess {

    private final Map<String, String> env;
    private final int port;
    private final Path log;
    private final List<String> jvmOptions;
    private Path executable = nativeImageFromProperty();
    private List<String> executableOptions;
    private Process process;
    private volatile boolean paused;

    private long readyAfterMs;

    public ServiceProcess(String jdbcUrl, String reactiveUrl, Path workDir) {
        this(jdbcUrl, reactiveUrl, workDir, List.of("-Xmx512m"));
    }

    /** With the JVM's options (heap size, a flight recording) instead of the default {@code -Xmx512m}. */
    public ServiceProcess(String jdbcUrl, String reactiveUrl, Path workDir, List<String> jvmOptions) {
        this(jdbcUrl, reactiveUrl, workDir, jvmOptions, Map.of(), false);
    }

    /**
     * One of several processes on the same database (several pods): with extra environment entries (which may
     * override the defaults, e.g. {@code QUIZCAST_OWNER_ID}) and the token keys of {@code workDir} shared with every
     * other process made with it (written by the first one), so an account token signed by one is valid on all.
     */
    public ServiceProcess(String jdbcUrl, String reactiveUrl, Path workDir, List<String> jvmOptions,
            Map<String, String> extraEnv) {
        this(jdbcUrl, reactiveUrl, workDir, jvmOptions, extraEnv, true);
    }

    private ServiceProcess(String jdbcUrl, String reactiveUrl, Path workDir, List<String> jvmOptions,
            Map<String, String> extraEnv, boolean sharedKeys) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.port = freePort();
        this.log = workDir.resolve("service-" + port + ".log");
        Path keys = workDir.resolve("keys");
        if (!sharedKeys || !Files.exists(keys.resolve("public.pem")) || !Files.exists(keys.resolve("session.key"))) {
            writeKeys(keys);
        }
        Map<String, String> all = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", String.valueOf(port),
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_REACTIVE_URL", reactiveUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.resolve("public.pem").toUri().toString(),
                "SMALLRYE_JWT_SIGN_KEY_LOCATION", keys.resolve("private.pem").toUri().toString(),
                "QUARKUS_HTTP_CORS_ORIGINS", "https://quiz.example.com",
                "QUARKUS_SHUTDOWN_DELAY", "1S",
                "QUIZCAST_AUTH_SESSION_KEYS", "1:" + read(keys.resolve("session.key"))));
        // every test shares 127.0.0.1: the abuse limits are lifted as in %test, unless a test sets them (LimitsIT)
        for (String limit : List.of("LOGIN_FAILURES_PER_ACCOUNT", "LOGIN_FAILURES_PER_ADDRESS",
                "LOOKUP_MISSES_PER_ADDRESS", "JOINS_PER_ADDRESS", "JOINS_PER_EVENT")) {
            all.put("QUIZCAST_LIMITS_" + limit + "_BURST", "100000");
        }
        all.putAll(extraEnv);
        this.env = Map.copyOf(all);
    }

    public URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    /**
     * Runs the given native executable instead of the JVM build (the load bench compares the two), with its own
     * options (its heap's, its collector's), or with {@link #executableOptionsOf} the JVM's when they are null.
     */
    public ServiceProcess runningExecutable(Path runner, List<String> options) {
        if (!Files.isExecutable(runner)) {
            throw new IllegalArgumentException("no native executable at " + runner);
        }
        this.executable = runner.toAbsolutePath();
        this.executableOptions = options == null ? null : List.copyOf(options);
        return this;
    }

    /** Starts the service and returns once readiness answers 200. */
    public void start() {
        long begin = System.nanoTime();
        paused = false;
        List<String> command = new ArrayList<>();
        if (executable != null) {
            command.add(executable.toString());
            command.addAll(executableOptions != null ? executableOptions : executableOptionsOf(jvmOptions));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(
                    List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().alias("service ready on " + port + " (log: " + log + ")").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> process.isAlive() && status("/q/health/ready") == 200);
        readyAfterMs = (System.nanoTime() - begin) / 1_000_000;
    }

    /** The process's own log (stdout and stderr). */
    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** Milliseconds from launching the process to readiness answering 200, for the last start. */
    public long readyAfterMs() {
        return readyAfterMs;
    }

    /** Resident memory of the running service, in MiB (from /proc). */
    public long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** SIGTERM, then waits for the process to exit; returns its exit code. */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the service did not stop within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** kill -9: the process dies at once, with no drain and nothing flushed; returns its exit code (137). */
    public int crash() {
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** Whether the process was started and has not exited (a paused one is alive). */
    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** kill -STOP: the process hangs (like a long GC pause) with its sockets and database connections open. */
    public void pause() {
        signal("STOP");
        paused = true;
    }

    /** kill -CONT: a paused process runs again from where it stopped. */
    public void resume() {
        signal("CONT");
        paused = false;
    }

    /** Whether {@link #pause()} stopped it and no {@link #resume()} followed. */
    public boolean isPaused() {
        return paused && isAlive();
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status(String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) base().resolve(path).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The options an executable takes by default from the JVM's: the heap's maximum, which means the same to it; the
     * others (-Xms included: the executable's serial collector would size its young generation from it) are the JVM's.
     */
    public static List<String> executableOptionsOf(List<String> jvmOptions) {
        return jvmOptions.stream().filter(o -> o.startsWith("-Xmx")).toList();
    }

    /** The executable {@code native.image.path} names, or null for the JVM build; a name with no file fails. */
    private static Path nativeImageFromProperty() {
        String path = System.getProperty("native.image.path");
        if (path == null || path.isBlank()) {
            return null;
        }
        Path runner = Path.of(path).toAbsolutePath();
        if (!Files.isExecutable(runner)) {
            throw new IllegalStateException("native.image.path names " + runner + ", which is not an executable: build"
                    + " it first (README, \"Building the native executable\")");
        }
        return runner;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The account token key pair and the session token key, as a deployment's secret holds them. */
    private static void writeKeys(Path dir) {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes());
            Files.writeString(dir.resolve("private.pem"), "-----BEGIN PRIVATE KEY-----\n"
                    + mime.encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            Files.writeString(dir.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                    + mime.encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            byte[] session = new byte[32];
            new java.security.SecureRandom().nextBytes(session);
            Files.writeString(dir.resolve("session.key"), Base64.getEncoder().encodeToString(session));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
