package io.quizcast.load;

import java.util.Locale;
import java.util.Map;

/**
 * The load tool's command line: plays the scenario against a running quizcast (or the floor) on loopback and
 * prints the report. Exit code 0 when every join, socket, frame and answer arrived, 1 when something was lost
 * or refused, 2 when the run could not be done at all (bad arguments, target down).
 */
public final class LoadTool {

    private LoadTool() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs and maps the outcome to the exit code. */
    static int execute(String... args) {
        try {
            return run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("quizcast-load: " + e.getMessage());
            return 2;
        } catch (LoadFailure e) {
            System.err.println("quizcast-load: FAILED: " + e.getMessage());
            return 2;
        }
    }

    static int run(String... args) {
        LoadOptions options = LoadOptions.parse(args);
        if (options.scenario() == Scenario.STARTUP) {
            throw new IllegalArgumentException("startup is measured by the bench, which launches the server:"
                    + " ./mvnw verify -Pload -Dscenario=startup");
        }
        Report report = new LoadRun(options).run();
        System.out.println(report.markdown());
        for (Map.Entry<String, Double> e : report.headline().entrySet()) {
            System.out.println(String.format(Locale.ROOT, "%s=%.2f", e.getKey(), e.getValue()));
        }
        if (!report.clean()) {
            System.err.println("quizcast-load: the run lost or refused something (see above)");
            return 1;
        }
        return 0;
    }
}
