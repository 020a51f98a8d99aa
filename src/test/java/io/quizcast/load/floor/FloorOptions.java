package io.quizcast.load.floor;

/** The floor's command-line options: port (0 = any free one), event loops, and the two fault switches (0 = off). */
public record FloorOptions(int port, int eventLoops, int faultDropQuestion, long faultDelayAckMs) {

    /** Any free port, one event loop per core, no faults. */
    public static FloorOptions defaults() {
        return new FloorOptions(0, Runtime.getRuntime().availableProcessors(), 0, 0);
    }

    /** {@code --port N [--event-loops K] [--fault-drop-question S] [--fault-delay-ack-ms M]} */
    public static FloorOptions parse(String... args) {
        FloorOptions o = defaults();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            long v = Long.parseLong(args[i + 1]);
            o = switch (args[i]) {
                case "--port" -> new FloorOptions((int) v, o.eventLoops, o.faultDropQuestion, o.faultDelayAckMs);
                case "--event-loops" -> new FloorOptions(o.port, (int) v, o.faultDropQuestion, o.faultDelayAckMs);
                case "--fault-drop-question" -> new FloorOptions(o.port, o.eventLoops, (int) v, o.faultDelayAckMs);
                case "--fault-delay-ack-ms" -> new FloorOptions(o.port, o.eventLoops, o.faultDropQuestion, v);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        if (o.eventLoops < 1) {
            throw new IllegalArgumentException("--event-loops must be at least 1");
        }
        return o;
    }
}
