package io.watchfloor.bench.jmh;

import io.watchfloor.bench.load.AlertChurn;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.core.BoardReducer;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceEvent;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Figure b, snapshot reduce: {@link BoardReducer#snapshot} of the stress board (10,000 firing alerts, 500 open
 * incidents, 100 services) under 100 alert changes per second, sampled one snapshot per update. Board time is
 * simulated: every invocation first folds in one update (one alert resolved, one fired) 10 ms after the previous
 * (not measured), and before the measurement ten minutes of churn are folded in, so the resolved alerts on the
 * board are at their steady state: the newest 1,000 ({@code BoardReducer.RESOLVED_LIMIT}; at 100 changes a
 * second the cap, not the ten-minute retention, bounds them), 11,000 alerts in all. The baseline
 * ({@code load=standard}) is the demo board (the live scenario on 36 services) with unchanged alerts re-observed
 * at the same pace.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SnapshotBenchmark {
    /** Updates per second, as in the issue. */
    static final int UPDATES_PER_SECOND = LoadProfile.STRESS_CHURN;
    static final Duration RETENTION = Duration.ofMinutes(10);

    @Param({"stress", "standard"})
    public String load;

    private BoardReducer reducer;
    private AlertChurn churn;
    private SourceEvent.AlertsObserved unchanged;
    private Instant now;

    @Setup(Level.Trial)
    public void load() throws IOException, InterruptedException {
        boolean stress = load.equals("stress");
        Capture capture = Capture.of(stress ? LoadProfile.stressSimulator(Clock.systemUTC())
                : LoadProfile.standardSimulator(Clock.systemUTC()));
        reducer = capture.reducer(RETENTION);
        now = Instant.now();
        unchanged = new SourceEvent.AlertsObserved(capture.alertSource(), now, capture.alerts());
        if (stress) {
            churn = new AlertChurn(capture.alertSource(), capture.alerts(), 42);
            for (long s = 0; s < RETENTION.toSeconds(); s++) {
                now = now.plusSeconds(1);
                reducer.apply(churn.next(now, UPDATES_PER_SECOND));
            }
        }
    }

    /** One update 10 ms of board time after the last (not measured). */
    @Setup(Level.Invocation)
    public void update() {
        now = now.plusMillis(1000 / UPDATES_PER_SECOND);
        reducer.apply(churn != null ? churn.next(now, 1)
                : new SourceEvent.AlertsObserved(unchanged.source(), now, unchanged.alerts()));
    }

    @Benchmark
    public BoardState snapshot() {
        return reducer.snapshot(now);
    }
}
