package io.watchfloor.core;

import static io.watchfloor.core.Fixtures.AM;
import static io.watchfloor.core.Fixtures.PROM;
import static io.watchfloor.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The incrementally ordered alert book against a plain sort of the same alerts. */
class AlertBookTest {
    private static final Severity[] SEVERITIES = Severity.values();

    private static Alert alert(int n, Severity severity, Instant startsAt) {
        return new Alert(AM, String.format("%016x", n), "Alert" + n, Map.of("alertname", "Alert" + n), "s", severity,
                "svc" + (n % 7), startsAt, Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    @Test
    void overRandomChurnTheBoardOrderIsAlwaysThatOfAFullSortAndResolvedAlertsAreCapped() {
        Random random = new Random(11);
        AlertBook book = new AlertBook(Duration.ofMinutes(10), 50);
        Map<Integer, Alert> firing = new LinkedHashMap<>();
        Map<String, Alert> resolved = new LinkedHashMap<>();
        Instant now = T0;
        long mostResolved = 0;
        for (int round = 0; round < 300; round++) {
            now = now.plusSeconds(1);
            for (int change = 0; change < 5; change++) {
                int n = random.nextInt(120);
                if (firing.containsKey(n) && random.nextBoolean()) {
                    firing.remove(n);
                } else {
                    firing.put(n, alert(n, SEVERITIES[random.nextInt(SEVERITIES.length)], now.minusSeconds(random.nextInt(50))));
                }
            }
            Map<String, Alert> before = new LinkedHashMap<>();
            book.inBoardOrder().stream().filter(Alert::firing).forEach(a -> before.put(a.fingerprint(), a));
            book.replace(AM, now, List.copyOf(firing.values()));
            for (Alert a : firing.values()) {
                resolved.remove(a.key());
            }
            for (Alert gone : before.values()) {
                if (firing.values().stream().noneMatch(a -> a.fingerprint().equals(gone.fingerprint()))) {
                    resolved.remove(gone.key());
                    resolved.put(gone.key(), gone.resolvedAt(now));
                }
            }
            while (resolved.size() > 50) {
                resolved.remove(resolved.keySet().iterator().next());
            }
            List<Alert> expected = new ArrayList<>(firing.values());
            expected.addAll(resolved.values());
            expected.sort(AlertBook.BOARD_ORDER);

            assertThat(book.inBoardOrder()).isEqualTo(expected);
            mostResolved = Math.max(mostResolved, book.inBoardOrder().stream().filter(a -> !a.firing()).count());
            for (int s = 0; s < 7; s++) {
                String service = "svc" + s;
                List<Alert> mine = firing.values().stream().filter(a -> a.service().equals(service)).toList();
                assertThat(book.firing(service)).containsExactlyInAnyOrderElementsOf(mine);
                assertTallyIsThatOf(book.tally(service), mine);
            }
        }
        assertThat(mostResolved).as("the cap was reached and held").isEqualTo(50);
    }

    /** The service's tally against a count and a minimum over its firing alerts. */
    private static void assertTallyIsThatOf(ServiceTally tally, List<Alert> firing) {
        assertThat(tally.firing()).isEqualTo(firing.size());
        assertThat(tally.worst()).isEqualTo(firing.stream().min(ServiceStatusRule.WORST_FIRST));
        for (Severity s : SEVERITIES) {
            assertThat(tally.firing(s)).as("firing %s", s)
                    .isEqualTo(firing.stream().filter(a -> a.severity() == s).count());
        }
    }

    @Test
    void overRandomReplacementsAcrossSourcesTheServiceTalliesAreThoseOfTheFiringAlerts() {
        Random random = new Random(23);
        AlertBook book = new AlertBook(Duration.ofMinutes(1), 30);
        SourceId[] sources = {AM, PROM};
        Map<SourceId, Map<String, Alert>> firing = Map.of(AM, new LinkedHashMap<>(), PROM, new LinkedHashMap<>());
        Instant now = T0;
        for (int round = 0; round < 2000; round++) {
            now = now.plusSeconds(random.nextInt(20));
            SourceId source = sources[random.nextInt(2)];
            Map<String, Alert> mine = firing.get(source);
            int n = random.nextInt(60);
            String fingerprint = String.format("%016x", n);
            switch (random.nextInt(3)) {
                case 0 -> mine.remove(fingerprint);
                case 1 -> mine.put(fingerprint, new Alert(source, fingerprint, "Alert" + n, Map.of(), "s",
                        SEVERITIES[random.nextInt(SEVERITIES.length)], "svc" + random.nextInt(4),
                        now.minusSeconds(random.nextInt(3)), Optional.empty(), AlertState.FIRING, List.of(),
                        Optional.empty()));
                default -> book.expire(now);
            }
            List<Alert> reported = new ArrayList<>(mine.values());
            if (random.nextInt(5) == 0) {
                reported.add(alert(1000 + round, Severity.MAJOR, now).resolvedAt(now));
            }
            book.replace(source, now, reported);
            for (int s = 0; s < 5; s++) {
                String service = "svc" + s;
                List<Alert> expected = new ArrayList<>();
                firing.values().forEach(m -> m.values().stream().filter(a -> a.service().equals(service))
                        .forEach(expected::add));
                assertTallyIsThatOf(book.tally(service), expected);
            }
            assertThat(book.inBoardOrder().stream().filter(Alert::firing).count())
                    .isEqualTo(firing.values().stream().mapToInt(Map::size).sum());
            assertThat(book.inBoardOrder()).isSortedAccordingTo(AlertBook.BOARD_ORDER)
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void resolvedAlertsLeaveAfterTheRetention() {
        AlertBook book = new AlertBook(Duration.ofMinutes(10), 1000);
        book.replace(AM, T0, List.of(alert(1, Severity.CRITICAL, T0)));
        book.replace(AM, T0.plusSeconds(5), List.of());
        assertThat(book.inBoardOrder()).singleElement().satisfies(a -> assertThat(a.firing()).isFalse());

        book.expire(T0.plusSeconds(5).plus(Duration.ofMinutes(10)));
        assertThat(book.inBoardOrder()).hasSize(1);
        book.expire(T0.plusSeconds(6).plus(Duration.ofMinutes(10)));
        assertThat(book.inBoardOrder()).isEmpty();
        assertThat(book.servicesFiring()).isEmpty();
    }
}
