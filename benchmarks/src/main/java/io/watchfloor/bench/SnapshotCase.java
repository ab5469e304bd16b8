package io.watchfloor.bench;

import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.jmh.SnapshotBenchmark;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** Figure b: p99 of {@code BoardReducer.snapshot} on the stress board under churn (JMH sample time). */
final class SnapshotCase implements BenchmarkCase {
    static final String FIGURE = "snapshot-p99";

    @Override
    public String id() {
        return "snapshot";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        Collection<RunResult> results = JmhRun.run(s, SnapshotBenchmark.class.getName(),
                Map.of("load", new String[] {"stress", "standard"}), s.work().resolve("logs/jmh-snapshot.log"), null);
        Statistics stress = JmhRun.find(results, "snapshot", "load", "stress").getPrimaryResult().getStatistics();
        Statistics standard = JmhRun.find(results, "snapshot", "load", "standard").getPrimaryResult().getStatistics();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("p50 (ms)", ms(stress.getPercentile(50)));
        details.put("p99 (ms)", ms(stress.getPercentile(99)));
        details.put("p99.9 (ms)", ms(stress.getPercentile(99.9)));
        details.put("max (ms)", ms(stress.getMax()));
        details.put("samples", stress.getN());
        details.put("standard board p50 (ms)", ms(standard.getPercentile(50)));
        return List.of(Figure.measured(FIGURE,
                "b. snapshot reduce, 10,000 alerts + 500 incidents, 100 updates/s (p99)",
                Measure.ms(ms(stress.getPercentile(99))), Measure.ms(ms(standard.getPercentile(99))),
                "the demo board, same pace", Target.atMost(2, "ms"), details)
                .withNote("JMH sample time, one fork (-Xms2g -Xmx2g): one `BoardReducer.snapshot` per update, each"
                        + " update (one alert resolved, one fired; folded in before the snapshot, not measured) 10 ms"
                        + " of board time after the last, after ten minutes of churn at 100 changes/s. The board then"
                        + " holds the 10,000 firing alerts and the 1,000 resolved ones it keeps at most (the newest,"
                        + " `BoardReducer.RESOLVED_LIMIT`: about the last 10 s at this pace, so the cap rather than the"
                        + " 10-minute retention bounds them), 11,000 alerts in all, and 500 incidents on 100 services;"
                        + " alerts and incidents as the real connectors read them from the scaled simulator. A snapshot"
                        + " costs what changed since the previous one, so the baseline, whose observations change"
                        + " nothing, is the fixed cost of a snapshot."));
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr("snapshot");
        JmhRun.run(s, SnapshotBenchmark.class.getName(), Map.of("load", new String[] {"stress"}),
                s.work().resolve("logs/jmh-snapshot-jfr.log"), jfr);
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr, t -> t.contains("jmh-worker"),
                "the benchmark thread", "BoardReducer.snapshot", 10));
    }

    /** JMH's microseconds as milliseconds, rounded to three decimals. */
    private static double ms(double micros) {
        return Percentiles.round(micros / 1000.0);
    }
}
