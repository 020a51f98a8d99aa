package io.quizcast.load;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run against one target: create the events, join every player over REST, open and join every socket, play
 * every game, and return what was measured. Every wait is bounded; a target that is down fails at once.
 */
public final class LoadRun {

    private final LoadOptions options;
    private final RunStats stats;
    private final ProcessStats server;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    public LoadRun(LoadOptions options) {
        this.options = options;
        this.stats = new RunStats(options.slots());
        this.server = new ProcessStats(options.serverPid());
    }

    public Report run() {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(options.eventLoops()));
        HttpClient sockets = vertx.createHttpClient(new HttpClientOptions().setMaxWebSockets(Integer.MAX_VALUE)
                .setConnectTimeout(30_000).setMaxWebSocketFrameSize(1 << 20).setMaxWebSocketMessageSize(1 << 22));
        // slow readers read through a 4 KiB receive buffer: what the server sends them backs up at once
        HttpClient slowSockets = vertx.createHttpClient(new HttpClientOptions().setMaxWebSockets(Integer.MAX_VALUE)
                .setConnectTimeout(30_000).setReceiveBufferSize(4096).setMaxWebSocketFrameSize(1 << 20)
                .setMaxWebSocketMessageSize(1 << 22));
        List<Context> loops = new ArrayList<>();
        for (int i = 0; i < options.eventLoops(); i++) {
            loops.add(vertx.getOrCreateContext()); // outside Vert.x, each call makes a context on the next loop
        }
        JsonHttp http = new JsonHttp(vertx, loops, options.target(), options.joinConcurrency(), 30_000);
        List<EventRun> events = new ArrayList<>();
        try {
            preflight(http);
            phase("create", () -> create(http, events));
            if (options.accountShare() > 0) {
                // accounts are made before the event (and hashing their passwords is not a join)
                phase("accounts", () -> register(http, events));
            }
            phase("join", () -> join(http, events));
            if (options.holdSeconds() > 0) {
                stats.idleRssBeforeKiB = IdleMemory.rssAfterGc(server);
            }
            phase("connect", () -> connect(sockets, slowSockets, loops, events));
            if (options.holdSeconds() > 0) {
                phase("hold", () -> IdleMemory.hold(options.holdSeconds()));
                stats.idleRssAfterKiB = IdleMemory.rssAfterGc(server);
            }
            if (options.questions() > 0) {
                phase("play", () -> play(events));
            }
            for (EventRun e : events) {
                for (GameSocket s : e.allSockets()) {
                    if (s != null) {
                        s.close();
                    }
                }
                e.slowReaders.forEach(SlowReader::close);
            }
        } finally {
            sockets.close();
            slowSockets.close();
            http.close();
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        return new Report(options, stats);
    }

    private void preflight(JsonHttp http) {
        JsonHttp.Response ready;
        try {
            ready = http.call(HttpMethod.GET, "/q/health/ready", null, null);
        } catch (LoadFailure e) {
            throw new LoadFailure("the target " + options.target() + " does not answer: " + e.getMessage(), e);
        }
        if (ready.status() != 200) {
            throw new LoadFailure("the target " + options.target() + " is not ready: /q/health/ready answered "
                    + ready.status());
        }
    }

    private void phase(String name, Runnable work) {
        PhaseMeter meter = new PhaseMeter(name, server);
        try {
            work.run();
        } finally {
            stats.phases.add(meter.finish());
        }
    }

    private void create(JsonHttp http, List<EventRun> events) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, Math.max(1, options.events())));
        try {
            List<CompletableFuture<EventRun>> created = new ArrayList<>();
            for (int e = 0; e < options.events(); e++) {
                EventRun event = new EventRun(e, options, stats);
                created.add(CompletableFuture.supplyAsync(() -> {
                    event.create(http, runId);
                    return event;
                }, pool));
            }
            for (CompletableFuture<EventRun> c : created) {
                events.add(c.join());
            }
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof LoadFailure f ? f : new LoadFailure("set-up failed: " + e.getCause(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Registers the share of players with accounts, before the joins (their tokens by player number). */
    private void register(JsonHttp http, List<EventRun> events) {
        Semaphore inFlight = new Semaphore(options.joinConcurrency());
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (EventRun event : events) {
            int accounts = (int) Math.round(options.players() * options.accountShare());
            for (int p = 0; p < accounts; p++) {
                int player = p;
                acquire(inFlight);
                String username = "p-" + runId + "-" + event.number + "-" + player;
                all.add(http.send(HttpMethod.POST, "/api/auth/register", new JsonObject().put("username", username)
                        .put("password", "load-password").put("display_name", "Player " + player), null)
                        .thenAccept(r -> {
                            if (r.status() != 201) {
                                stats.joinFailures.computeIfAbsent("register " + r.status(),
                                        k -> new AtomicInteger()).incrementAndGet();
                                return;
                            }
                            event.accounts.put(player, new String[]{r.body().getString("token"),
                                    r.body().getJsonObject("user").getString("id")});
                        })
                        .whenComplete((ok, failure) -> inFlight.release()));
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.MINUTES)
                .exceptionally(e -> null).join();
    }

    /** Joins every player over REST; the share with accounts joins with its account's token. */
    private void join(JsonHttp http, List<EventRun> events) {
        Semaphore inFlight = new Semaphore(options.joinConcurrency());
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (EventRun event : events) {
            for (int p = 0; p < options.players(); p++) {
                String[] account = event.accounts.get(p);
                acquire(inFlight);
                CompletableFuture<?> done = joinPlayer(http, event, p, account == null ? null : account[0],
                        account == null ? null : account[1])
                        .whenComplete((ok, failure) -> inFlight.release());
                all.add(done);
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.MINUTES)
                .exceptionally(e -> null).join();
        stats.joinSeconds = (System.nanoTime() - start) / 1e9;
    }

    private CompletableFuture<?> joinPlayer(JsonHttp http, EventRun event, int player, String accountToken,
            String userId) {
        long sent = System.nanoTime();
        JsonObject body = new JsonObject().put("code", event.joinCode)
                .put("device_fingerprint", "load-" + runId + "-" + event.number + "-" + player)
                .put("display_name", "Player " + player);
        return http.send(HttpMethod.POST, "/api/events/join", body, accountToken).handle((r, failure) -> {
            if (failure != null || r.status() != 200) {
                String why = failure != null ? failure.getClass().getSimpleName() : "status " + r.status();
                stats.joinFailures.computeIfAbsent(why, k -> new AtomicInteger()).incrementAndGet();
                if (failure == null) {
                    stats.failure("join answered " + r.status() + ": " + r.text());
                }
                return null;
            }
            String token = accountToken != null ? accountToken
                    : r.body() == null ? null : r.body().getString("sessionToken");
            if (token == null) {
                stats.joinFailures.computeIfAbsent("no sessionToken", k -> new AtomicInteger()).incrementAndGet();
                stats.failure("join answered 200 without a session token: " + r.text());
                return null;
            }
            stats.join.add((System.nanoTime() - sent) / 1000);
            synchronized (event) {
                event.playerTokens.add(token + " " + (userId == null ? "" : userId));
            }
            return null;
        });
    }

    /** Opens the host sockets, then every player's, at most {@code connect-concurrency} at a time. */
    private void connect(HttpClient client, HttpClient slowClient, List<Context> loops, List<EventRun> events) {
        String host = options.target().getHost();
        int port = options.target().getPort();
        int n = 0;
        for (EventRun event : events) {
            event.host = new GameSocket(-1, true, event.hostToken, event.hostUserId, event,
                    loops.get(n++ % loops.size()),
                    options.slots());
            event.host.open(client, host, port, event.eventId);
            // the last --slow-readers players of each event join and then stop reading (not measured)
            int measured = event.playerTokens.size() - Math.min(options.slowReaders(), event.playerTokens.size());
            for (String entry : event.playerTokens) {
                String[] parts = entry.split(" ", -1);
                String userId = parts[1].isEmpty() ? null : parts[1];
                Context loop = loops.get(n++ % loops.size());
                if (event.players.size() < measured) {
                    event.players.add(new GameSocket(event.players.size(), false, parts[0], userId, event, loop,
                            options.slots()));
                } else {
                    event.slowReaders.add(new SlowReader(parts[0], userId, loop));
                }
            }
            event.arm();
        }
        for (EventRun event : events) {
            awaitConnected(event.host);
        }
        Semaphore inFlight = new Semaphore(options.connectConcurrency());
        List<CompletableFuture<Long>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (EventRun event : events) {
            for (GameSocket socket : event.players) {
                acquire(inFlight);
                socket.connected.whenComplete((micros, failure) -> {
                    inFlight.release();
                    if (failure == null) {
                        stats.connect.add(micros);
                    } else {
                        stats.connectFailures.incrementAndGet();
                    }
                });
                socket.open(client, host, port, event.eventId);
                all.add(socket.connected);
            }
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .orTimeout(options.stepTimeoutMs() * 10, TimeUnit.MILLISECONDS).exceptionally(e -> null).join();
        stats.connectSeconds = (System.nanoTime() - start) / 1e9;
        openSlowReaders(slowClient, events);
        stats.sockets = stats.connect.count() + events.size();
        stats.joins = stats.join.count();
    }

    /** Opens every slow reader and waits until each got {@code connected} (then it stops reading). */
    private void openSlowReaders(HttpClient client, List<EventRun> events) {
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (EventRun event : events) {
            for (SlowReader reader : event.slowReaders) {
                reader.open(client, options.target().getHost(), options.target().getPort(), event.eventId);
                all.add(reader.connected);
            }
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .get(options.stepTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new LoadFailure("the slow readers did not all get 'connected': " + e, e);
        }
        stats.slowReaders = all.size();
    }

    private void awaitConnected(GameSocket socket) {
        try {
            socket.connected.get(options.stepTimeoutMs(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new LoadFailure("the host socket did not get 'connected': " + e, e);
        }
    }

    private void play(List<EventRun> events) {
        ExecutorService hosts = Executors.newFixedThreadPool(events.size());
        try {
            List<CompletableFuture<Void>> games = new ArrayList<>();
            for (EventRun event : events) {
                games.add(CompletableFuture.runAsync(event::play, hosts));
            }
            CompletableFuture.allOf(games.toArray(CompletableFuture[]::new)).join();
        } finally {
            hosts.shutdownNow();
        }
    }

    private static void acquire(Semaphore semaphore) {
        try {
            if (!semaphore.tryAcquire(120, TimeUnit.SECONDS)) {
                throw new LoadFailure("no request finished within 120 s: the target stalls");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadFailure("interrupted", e);
        }
    }
}
