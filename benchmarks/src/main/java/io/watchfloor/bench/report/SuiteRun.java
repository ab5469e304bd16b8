package io.watchfloor.bench.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of the benchmark suite, ready to be written: when, how, on what, and every figure. Immutable.
 *
 * @param startedAt when the run started
 * @param duration  how long it took
 * @param mode      "full" or "quick"
 * @param command   the command line that produced it
 * @param machine   one line about the machine and JVM ("2 cores, 24 GiB, OpenJDK 17.0.15")
 * @param figures   every figure, in table order, measured or not
 * @param profiles  where the time goes in the missed figures (JFR summaries), one markdown block each
 */
public record SuiteRun(Instant startedAt, Duration duration, String mode, String command, String machine,
                       List<Figure> figures, List<String> profiles) {
    public SuiteRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(machine, "machine");
        figures = List.copyOf(figures);
        profiles = List.copyOf(profiles);
    }
}
