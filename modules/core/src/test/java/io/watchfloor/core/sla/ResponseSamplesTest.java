package io.watchfloor.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MTTA/MTTR from the compact samples: the same figures as the definition computed with a Duration per incident. */
class ResponseSamplesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T15:00:00.000000001Z");
    private static final ResponseMetrics METRICS = new ResponseMetrics(
            Map.of(Priority.P1, Duration.ofMinutes(15), Priority.P2, Duration.ofMinutes(30)),
            Map.of(Priority.P1, Duration.ofHours(4), Priority.P4, Duration.ofDays(1)));

    @Test
    void aRandomWeekGivesTheFiguresOfTheDefinition() {
        SplittableRandom random = new SplittableRandom(27);
        for (int round = 0; round < 20; round++) {
            List<IncidentTimes> incidents = new ArrayList<>();
            int size = random.nextInt(1, 3_000);
            for (int n = 0; n < size; n++) {
                incidents.add(randomTimes(random));
            }
            ResponseSamples samples = ResponseSamples.of(incidents);
            for (MetricsWindow w : List.of(MetricsWindow.lastDays(7, NOW), MetricsWindow.today(ZoneId.of("Europe/Berlin"),
                    NOW), MetricsWindow.today(ZoneId.of("America/Los_Angeles"), NOW), new MetricsWindow("empty", NOW, NOW))) {
                assertThat(METRICS.report(samples, w)).as("round " + round + ", " + w).isEqualTo(reference(incidents, w));
            }
        }
    }

    @Test
    void aWindowTakesWhatFinishedFromItsStartAndNotAtItsEnd() {
        Instant opened = NOW.minus(Duration.ofHours(2));
        MetricsWindow w = new MetricsWindow("hour", NOW.minus(Duration.ofHours(1)), NOW);
        ResponseSamples samples = ResponseSamples.builder(1, 0)
                .acknowledged(Priority.P1, opened, w.from())
                .acknowledged(Priority.P1, opened, w.from().minusNanos(1))
                .acknowledged(Priority.P1, opened, w.to())
                .resolved(Priority.P1, opened, w.to().minusNanos(1))
                .build();

        MetricsReport report = METRICS.report(samples, w);

        assertThat(report.mtta(Priority.P1).orElseThrow().count()).isOne();
        assertThat(report.mtta(Priority.P1).orElseThrow().mean()).isEqualTo(Duration.ofHours(1));
        assertThat(report.mttr(Priority.P1).orElseThrow().median()).isEqualTo(Duration.ofHours(2).minusNanos(1));
        assertThat(samples.acknowledgementCount()).as("grown past the room asked for").isEqualTo(3);
    }

    @Test
    void aFinishBeforeTheOpeningCountsAsZero() {
        ResponseSamples samples = ResponseSamples.builder(2, 0)
                .acknowledged(Priority.P2, NOW.minusSeconds(60), NOW.minusSeconds(120))
                .acknowledged(Priority.P2, NOW.minusSeconds(3_600), NOW.minusSeconds(600))
                .build();

        DurationStats mtta = METRICS.report(samples, MetricsWindow.lastDays(1, NOW)).mtta(Priority.P2).orElseThrow();

        assertThat(mtta.mean()).isEqualTo(Duration.ofSeconds(1_500));
        assertThat(mtta.median()).isEqualTo(Duration.ofSeconds(1_500));
        assertThat(mtta.shareWithinTarget()).contains(0.5);
    }

    @Test
    void aBuilderIsUsedOnce() {
        ResponseSamples.Builder builder = ResponseSamples.builder(0, 0);
        builder.build();

        assertThatThrownBy(() -> builder.resolved(Priority.P1, NOW, NOW)).isInstanceOf(IllegalStateException.class);
    }

    /** Opened in the last 9 days to the nanosecond; some finishes before the opening, after NOW or never. */
    private static IncidentTimes randomTimes(SplittableRandom random) {
        long hour = Duration.ofHours(1).toNanos();
        Instant opened = NOW.minusNanos(random.nextLong(Duration.ofDays(9).toNanos()));
        Optional<Instant> ack = random.nextInt(10) < 8
                ? Optional.of(opened.plusNanos(random.nextLong(-hour, 2 * hour))) : Optional.empty();
        Optional<Instant> resolved = random.nextInt(10) < 7
                ? Optional.of(opened.plusNanos(random.nextLong(-hour, 30 * hour))) : Optional.empty();
        return new IncidentTimes(Priority.values()[random.nextInt(5)], opened, ack, resolved);
    }

    /** The definition as ResponseMetrics computed it from a list of Durations (before the compact samples). */
    private static MetricsReport reference(List<IncidentTimes> incidents, MetricsWindow w) {
        return new MetricsReport(w, referenceStats(incidents, w, true, METRICS.responseTargets()),
                referenceStats(incidents, w, false, METRICS.resolutionTargets()));
    }

    private static Map<Priority, DurationStats> referenceStats(List<IncidentTimes> incidents, MetricsWindow w,
                                                               boolean acknowledgements, Map<Priority, Duration> targets) {
        Map<Priority, List<Duration>> samples = new EnumMap<>(Priority.class);
        for (IncidentTimes i : incidents) {
            Optional<Instant> end = acknowledgements ? i.acknowledgedAt() : i.resolvedAt();
            if (end.isPresent() && w.contains(end.get())) {
                Duration d = Duration.between(i.openedAt(), end.get());
                samples.computeIfAbsent(i.priority(), p -> new ArrayList<>()).add(d.isNegative() ? Duration.ZERO : d);
            }
        }
        Map<Priority, DurationStats> stats = new EnumMap<>(Priority.class);
        samples.forEach((p, list) -> {
            list.sort(null);
            int n = list.size();
            Duration sum = list.stream().reduce(Duration.ZERO, Duration::plus);
            Duration median = n % 2 == 1 ? list.get(n / 2) : list.get(n / 2 - 1).plus(list.get(n / 2)).dividedBy(2);
            Optional<Duration> target = Optional.ofNullable(targets.get(p));
            stats.put(p, new DurationStats(n, sum.dividedBy(n), median, target,
                    target.map(t -> list.stream().filter(d -> d.compareTo(t) <= 0).count() / (double) n)));
        });
        return stats;
    }
}
