package io.watchfloor.bench;

import io.watchfloor.bench.report.Figure;
import java.util.List;
import java.util.Optional;

/**
 * One case of the suite: measures one or more figures of the table (with their same-run baselines).
 * A new figure is one more implementation, registered in {@link BenchmarkSuite}. Called on the suite's main
 * thread, one case at a time.
 */
public interface BenchmarkCase {
    /** Short id for {@code --only} ("ingest", "snapshot", "fx", "coldstart", "memory", "outbox", "latency"). */
    String id();

    /** Runs the case; the figures come in table order. */
    List<Figure> run(SuiteSettings settings) throws Exception;

    /**
     * Where the time goes in a missed figure: the case re-run under a profiler (JFR), summarised as one
     * markdown paragraph. Empty when the case cannot profile that figure.
     */
    default Optional<String> profile(SuiteSettings settings, Figure missed) throws Exception {
        return Optional.empty();
    }
}
