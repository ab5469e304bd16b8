package io.watchfloor.bench;

import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.jmh.IngestBenchmark;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;

/** Figure a: ingest of Alertmanager payloads through the connector and reducer, against bare Jackson (JMH). */
final class IngestCase implements BenchmarkCase {
    static final String FIGURE = "ingest";
    static final String FIRST_POLL = "ingest-first-poll";

    @Override
    public String id() {
        return "ingest";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        int alerts = LoadProfile.STRESS_ALERTS;
        long bytes = Capture.of(LoadProfile.stressSimulator(Clock.systemUTC())).alertsJson().length;
        Collection<RunResult> results = JmhRun.run(s, IngestBenchmark.class.getName(), Map.of(),
                s.work().resolve("logs/jmh-ingest.log"), null);
        RunResult ours = JmhRun.find(results, "connectorPollAndReduce", null, null);
        RunResult bare = JmhRun.find(results, "bareJacksonParse", null, null);
        RunResult first = JmhRun.find(results, "firstPollAndReduce", null, null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alerts per poll", alerts);
        details.put("payload (MB)", bytes / 1e6);
        details.put("connector polls/s", Percentiles.round(ours.getPrimaryResult().getScore()));
        details.put("connector polls/s, 99.9 % error", error(ours));
        details.put("first polls/s (fresh connector and board, every alert new)",
                Percentiles.round(first.getPrimaryResult().getScore()));
        details.put("Jackson parses/s", Percentiles.round(bare.getPrimaryResult().getScore()));
        details.put("Jackson parses/s, 99.9 % error", error(bare));
        Measure baseline = new Measure(bare.getPrimaryResult().getScore() * alerts, "alerts/s");
        return List.of(Figure.measured(FIGURE,
                "a. ingest: parse + normalise + reduce Alertmanager payloads (alerts/s)",
                new Measure(ours.getPrimaryResult().getScore() * alerts, "alerts/s"),
                baseline, "bare Jackson parse of the same bytes", Target.atLeastRatio(0.5), details)
                .withNote("JMH throughput, one fork (-Xms2g -Xmx2g). One operation: `AlertmanagerConnector.poll()`"
                        + " of the stress payload (10,000 alerts as the scaled simulator serves them, bytes handed"
                        + " over by an OkHttp interceptor: HTTP client, capped body read, alerts bound from the token"
                        + " stream, mapping to core alerts) and `BoardReducer.apply` of the observation; the baseline is"
                        + " `ObjectMapper.readTree` of the same bytes. The same bytes every poll is a wall's steady state"
                        + " (unchanged alerts keep their instances from the previous poll); the first poll, a fresh"
                        + " connector and board each operation so that every alert is new, is the next row."),
                Figure.measured(FIRST_POLL, "a. ingest, first poll: every alert new to the connector and the board",
                        new Measure(first.getPrimaryResult().getScore() * alerts, "alerts/s"), baseline,
                        "bare Jackson parse of the same bytes", Target.atLeastRatio(0.5), details)
                        .withNote("same run; one operation is a fresh `AlertmanagerConnector` and `BoardReducer`"
                                + " reading the same payload, so that no alert can keep its instance from a previous"
                                + " poll: what a wall pays when it starts, or when a whole estate changes at once."));
    }

    /** JMH's error margin, or "n/a" when too few iterations ran to have one (quick runs). */
    private static Object error(RunResult r) {
        double e = r.getPrimaryResult().getScoreError();
        return Double.isNaN(e) ? "n/a" : Percentiles.round(e);
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr("ingest");
        String method = missed.id().equals(FIRST_POLL) ? "firstPollAndReduce" : "connectorPollAndReduce";
        JmhRun.run(s, IngestBenchmark.class.getName() + "." + method, Map.of(),
                s.work().resolve("logs/jmh-ingest-jfr.log"), jfr);
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr, t -> t.contains("jmh-worker"),
                "the benchmark thread", "IngestBenchmark." + method, 10));
    }
}
