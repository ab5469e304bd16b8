package io.watchfloor.bench;

import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Target;
import java.util.List;

/**
 * The figures of the table that have nothing to measure yet: they need the durable outbox and the H2
 * cache of issue 4. They are in the report as "not measured in this run", with their targets, never with a
 * number. Hook for the lead: once the store lands, measure each in a {@link BenchmarkCase} (the outbox ones as
 * JMH benchmarks like {@link SnapshotCase}; the cache start as one more {@link ColdStartCase.Variant}; the cached
 * incidents as a second load of {@link MemoryCase}) and drop it from this list.
 */
final class PendingFigures {
    static final String REASON = "needs the durable outbox and H2 cache of issue 4, which are not in this build";

    private PendingFigures() {
    }

    /** The not-yet-measurable figures, each with the target from the issue. */
    static List<Figure> all() {
        return List.of(
                Figure.notMeasured("cold-start-cache", "d. cold start to first board frame, populated cache",
                        Target.atMostRatio(1.5), REASON),
                Figure.notMeasured("memory-cached-incidents", "e. memory (RSS) with 100,000 cached incidents",
                        Target.atMost(400, "MB"), REASON),
                Figure.notMeasured("outbox-append-p99", "g. outbox append, durable (p99)", Target.atMost(5, "ms"),
                        REASON),
                Figure.notMeasured("outbox-replay", "g. replay of 10,000 queued actions against the simulator",
                        Target.atMost(5, "s"), REASON));
    }
}
