package io.watchfloor.engine.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.sla.DurationStats;
import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.engine.MutableClock;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MTTA/MTTR read from the H2 incident history, today and 7 days, against the policies' targets. */
class MetricsLoaderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

    @TempDir
    Path dataDir;

    private static Incident p1(String id, Instant opened, Duration toAck) {
        return new Incident(SourceId.of("snow"), id, "INC" + id, "Checkout down", "checkout", Priority.P1,
                IncidentState.IN_PROGRESS, Optional.of("kofi"), Optional.of("Service Desk"), 0, opened, opened,
                Optional.empty(), List.of(), List.of(),
                Optional.of(new Acknowledgement("kofi", opened.plus(toAck), Optional.empty(), "journal")), List.of());
    }

    @Test
    void reportsTodayAndSevenDaysPerPriorityAgainstTheTargets() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        AtomicReference<List<MetricsReport>> got = new AtomicReference<>();
        try (LocalDatabase db = LocalDatabase.open(dataDir)) {
            db.history().observe(List.of(
                    p1("1", NOW.minus(Duration.ofHours(2)), Duration.ofMinutes(10)),
                    p1("2", NOW.minus(Duration.ofDays(3)), Duration.ofMinutes(30)),
                    p1("3", NOW.minus(Duration.ofDays(20)), Duration.ofMinutes(5))), NOW);
            ResponseMetrics targets = ResponseMetrics.targetsOf(new SlaPolicies(List.of(
                    SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)))));
            MetricsLoader loader = new MetricsLoader(db.history(), targets, clock, Duration.ofMinutes(1), got::set);

            loader.load();
            loader.close();
        }

        List<MetricsReport> reports = got.get();
        assertThat(reports).extracting(r -> r.window().name()).containsExactly("today", "7 days");
        DurationStats today = reports.get(0).mtta(Priority.P1).orElseThrow();
        assertThat(today.count()).isEqualTo(1);
        assertThat(today.mean()).isEqualTo(Duration.ofMinutes(10));
        DurationStats week = reports.get(1).mtta(Priority.P1).orElseThrow();
        assertThat(week.count()).as("the 20-day-old one is outside").isEqualTo(2);
        assertThat(week.mean()).isEqualTo(Duration.ofMinutes(20));
        assertThat(week.target()).contains(Duration.ofMinutes(15));
        assertThat(week.shareWithinTarget()).contains(0.5);
        assertThat(reports.get(1).mttr(Priority.P1)).isEmpty();
    }

    @Test
    void closeLetsTheReadInFlightFinishInsteadOfInterruptingIt() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        try (LocalDatabase db = LocalDatabase.open(dataDir)) {
            ResponseMetrics targets = ResponseMetrics.targetsOf(new SlaPolicies(List.of(
                    SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)))));
            MetricsLoader loader = new MetricsLoader(db.history(), targets, new MutableClock(NOW), Duration.ofMinutes(1),
                    reports -> {
                        reading.countDown();
                        try {
                            release.await(); // the read is still in flight on wf-metrics
                        } catch (InterruptedException e) {
                            interrupted.set(true);
                        }
                        finished.set(true);
                    });
            loader.start();
            reading.await();
            Thread closer = new Thread(loader::close, "closer");
            closer.start();
            await().until(() -> closer.getState() == Thread.State.TIMED_WAITING); // close() waits for the read
            release.countDown();
            closer.join();
        }

        assertThat(interrupted).as("an interrupt inside H2's file IO closes the file under every connection")
                .isFalse();
        assertThat(finished).isTrue();
    }
}
