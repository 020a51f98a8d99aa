package io.quizcast.load;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures one phase of a run: wall time, the server's and the tool's CPU seconds, and the server's resident
 * memory at the end and at its peak (sampled every 100 ms while the phase runs).
 */
public final class PhaseMeter implements AutoCloseable {

    /** What a phase cost. */
    public record Cost(String phase, double seconds, double serverCpuSeconds, double toolCpuSeconds, long serverRssKiB,
            long serverPeakRssKiB) {
    }

    private final String phase;
    private final ProcessStats server;
    private final ProcessStats tool = ProcessStats.self();
    private final long start = System.nanoTime();
    private final double serverCpu0;
    private final double toolCpu0;
    private final AtomicLong peak = new AtomicLong(-1);
    private final ScheduledExecutorService sampler;

    public PhaseMeter(String phase, ProcessStats server) {
        this.phase = phase;
        this.server = server;
        this.serverCpu0 = server.cpuSeconds();
        this.toolCpu0 = tool.cpuSeconds();
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rss-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void sample() {
        long rss = server.rssKiB();
        peak.accumulateAndGet(rss, Math::max);
    }

    public Cost finish() {
        sampler.shutdownNow();
        sample();
        return new Cost(phase, (System.nanoTime() - start) / 1e9, server.cpuSeconds() - serverCpu0,
                tool.cpuSeconds() - toolCpu0, server.rssKiB(), peak.get());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
