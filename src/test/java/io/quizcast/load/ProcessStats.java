package io.quizcast.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds and resident memory of a Linux process, read from /proc; a pid of 0 or less reads nothing. */
public final class ProcessStats {

    private static final double CLOCK_TICKS = 100.0; // USER_HZ on Linux

    private final long pid;

    public ProcessStats(long pid) {
        this.pid = pid;
    }

    public static ProcessStats self() {
        return new ProcessStats(ProcessHandle.current().pid());
    }

    public boolean known() {
        return pid > 0 && Files.exists(Path.of("/proc", String.valueOf(pid)));
    }

    public long pid() {
        return pid;
    }

    /** User plus system CPU seconds since the process started. */
    public double cpuSeconds() {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name may hold spaces: fields are counted after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Resident memory in KiB (VmRSS), or -1. */
    public long rssKiB() {
        return statusField("VmRSS:");
    }

    /** Peak resident memory over the process's life in KiB (VmHWM), or -1. */
    public long peakRssKiB() {
        return statusField("VmHWM:");
    }

    /** Open file descriptors, or -1. */
    public long openFiles() {
        try (var list = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return list.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private long statusField(String name) {
        if (pid <= 0) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
