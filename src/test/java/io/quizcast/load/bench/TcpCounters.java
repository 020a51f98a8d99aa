package io.quizcast.load.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kernel's TCP counters of the whole machine (Linux's /proc/net/netstat): how often a listening socket's accept
 * queue was full (the connection is dropped and its client retries after a second or more) and how many SYNs were
 * sent again. Read before and after a phase of a bench; empty where there is no /proc.
 */
final class TcpCounters {

    static final String LISTEN_OVERFLOWS = "ListenOverflows";
    static final String SYN_RETRANSMITS = "TCPSynRetrans";

    private final Map<String, Long> values;

    private TcpCounters(Map<String, Long> values) {
        this.values = values;
    }

    static TcpCounters read() {
        Map<String, Long> values = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/net/netstat"));
            for (int i = 0; i + 1 < lines.size(); i += 2) {
                String[] names = lines.get(i).split("\\s+");
                String[] numbers = lines.get(i + 1).split("\\s+");
                for (int k = 1; k < Math.min(names.length, numbers.length); k++) {
                    values.put(names[k], Long.parseLong(numbers[k]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            values.clear();
        }
        return new TcpCounters(values);
    }

    /** {@code name}'s increase since {@code before}, as text ("n/a" where the machine has no such counter). */
    String since(TcpCounters before, String name) {
        Long now = values.get(name);
        Long then = before.values.get(name);
        return now == null || then == null ? "n/a" : String.valueOf(now - then);
    }
}
