package io.watchfloor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.bench.fork.ForkedJvm;
import io.watchfloor.bench.fork.JfrSummary;
import io.watchfloor.bench.probe.FxPulseProbe;
import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Measure;
import io.watchfloor.bench.report.Percentiles;
import io.watchfloor.bench.report.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure c: FX thread time per pulse and the slowest frame of the real wall under the stress load, each next to
 * the idle board, both in forked headless JavaFX JVMs ({@link FxPulseProbe}). The loaded run also leaves the
 * stress wall as a PNG ({@code fx-stress-wall.png} in the suite's work directory) to look at.
 */
final class FxPulseCase implements BenchmarkCase {
    static final String PULSE = "fx-pulse-p99";
    static final String FRAME = "fx-slowest-frame";
    private static final Pattern FRAME_MILLIS = Pattern.compile("frame ([0-9.]+) ms");

    @Override
    public String id() {
        return "fx";
    }

    @Override
    public List<Figure> run(SuiteSettings s) throws Exception {
        int measure = s.pick(20, 5);
        JsonNode idle = probe(s, "idle", measure, null, List.of());
        JsonNode loaded = probe(s, "loaded", measure, null, List.of("--png",
                s.work().resolve("fx-stress-wall.png").toAbsolutePath().toString()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("pulses measured", loaded.get("pulses").asInt());
        details.put("fx p50 (ms)", round(loaded, "fxP50"));
        details.put("fx p95 (ms)", round(loaded, "fxP95"));
        details.put("fx max (ms)", round(loaded, "fxMax"));
        details.put("frame p50 (ms)", round(loaded, "frameP50"));
        details.put("frame p99 (ms)", round(loaded, "frameP99"));
        details.put("frames over 50 ms", loaded.get("framesOver").asInt());
        details.put("renderer CPU per frame p99 (ms)", round(loaded, "renderP99"));
        details.put("slowest frames (FX and renderer CPU in them)", slowest(loaded, 5));
        details.put("board updates", loaded.get("publishes").asInt());
        details.put("alerts on board", loaded.get("alertsOnBoard").asInt());
        details.put("idle frames over 50 ms", idle.get("framesOver").asInt());
        details.put("seconds", measure);
        String how = "forked JVM with the `./watchfloor` launcher's JVM options (its `heap_opts`), headless JavaFX (Monocle,"
                + " software pipeline), the real wall (`WallWindows`, classic"
                + " board, a 1920x1080 window on a 1920x1080 headless screen: Monocle's default screen, 1280x800, would"
                + " shrink the window to its size) fed through a `BoardFeed` that folds 100 alert changes/s into a real"
                + " `BoardReducer` (10,000 alerts and 500 incidents from the real connectors, ten minutes of churn"
                + " behind it) and publishes up to 10 snapshots/s (the engine publishes 1-3/s; the feed publishes fewer when"
                + " a snapshot takes longer than 100 ms, see board updates); idle: the same 100"
                + " services with nothing on them, re-published once a second. Per pulse (an `AnimationTimer`):"
                + " FX-thread CPU time since the previous pulse (the rest of the pulse and the board updates that"
                + " ran in between), and the frame time (pulse to pulse); for each frame over 50 ms also the"
                + " renderer thread's CPU time in it, so that a slow frame the wall did not spend (the machine, a GC"
                + " pause) can be told from one it did.";
        return List.of(
                Figure.measured(PULSE, "c. FX thread time per pulse, stress board (p99)",
                        Measure.ms(round(loaded, "fxP99")), Measure.ms(round(idle, "fxP99")), "an idle board",
                        Target.atMost(8, "ms"), details).withNote(how),
                Figure.measured(FRAME, "c. slowest frame, stress board",
                        Measure.ms(round(loaded, "frameMax")), Measure.ms(round(idle, "frameMax")), "an idle board",
                        Target.atMost(50, "ms"), Map.of()).withNote("same run as the FX time per pulse."));
    }

    @Override
    public Optional<String> profile(SuiteSettings s, Figure missed) throws Exception {
        Path jfr = s.jfr("fx");
        probe(s, "loaded", s.pick(20, 8), jfr, List.of());
        return Optional.of("**" + missed.title() + "** — " + JfrSummary.summarize(jfr,
                JfrSummary::fxThread, "the FX Application Thread (Monocle's Event Thread)", 10));
    }

    private static JsonNode probe(SuiteSettings s, String mode, int seconds, Path jfr, List<String> extra)
            throws Exception {
        List<String> jvm = s.wallJvmArgs();
        List<String> args = new ArrayList<>(List.of("--mode", mode, "--warmup", Integer.toString(s.pick(5, 2)),
                "--measure", Integer.toString(seconds)));
        if (jfr != null) { // recorded by the probe over the measured seconds only, not the wall's start
            args.addAll(List.of("--jfr", jfr.toAbsolutePath().toString()));
        }
        args.addAll(extra);
        ForkedJvm fork = new ForkedJvm(jvm, FxPulseProbe.class.getName(), args,
                s.work().resolve("logs/fx-" + mode + (jfr != null ? "-jfr" : "") + ".log"));
        return fork.start().await(Duration.ofSeconds(seconds + 120L)).get(0);
    }

    /** The {@code n} longest frames over the limit, as the probe described them. */
    private static List<String> slowest(JsonNode n, int count) {
        List<String> all = new ArrayList<>();
        n.path("slowFrames").forEach(f -> all.add(f.asText()));
        all.sort(Comparator.comparingDouble(FxPulseCase::frameMillis).reversed());
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    private static double frameMillis(String slowFrame) {
        Matcher m = FRAME_MILLIS.matcher(slowFrame);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double round(JsonNode n, String field) {
        return Percentiles.round(n.get(field).asDouble());
    }
}
