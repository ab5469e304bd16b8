package io.watchfloor.core;

import static io.watchfloor.core.Fixtures.AM;
import static io.watchfloor.core.Fixtures.PROM;
import static io.watchfloor.core.Fixtures.SNOW;
import static io.watchfloor.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The reducer's incrementally kept board (per-service tallies, cached service views, shared alert blocks)
 * against the board computed from scratch out of the snapshot's own alerts and incidents, over seeded random
 * sequences of alerts fired, replaced, resolved (reported or vanished) and expired, incidents, probes,
 * availability and failed reads, with snapshots taken after some of the steps only.
 */
class BoardReducerPropertyTest {
    private static final Duration RETENTION = Duration.ofMinutes(2);
    private static final int SERVICES = 8;
    private static final List<Service> CATALOG = List.of(
            new Service("svc0", "Service 0", "eu-west", Criticality.TIER_1, 0.999, BigDecimal.TEN, "EUR"),
            new Service("svc1", "Service 1", "eu-west", Criticality.TIER_2, 0.99, BigDecimal.ONE, "EUR"));

    /** What the sources reported last, as the test drives them. */
    private static final class World {
        final Random random;
        final Map<SourceId, Map<String, Alert>> firing = new HashMap<>(Map.of(AM, new LinkedHashMap<>(),
                PROM, new LinkedHashMap<>()));
        List<ProbeResult> probes = List.of();
        List<Availability> availability = List.of();
        int fingerprints;

        World(long seed) {
            this.random = new Random(seed);
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        String service() {
            return "svc" + random.nextInt(SERVICES);
        }

        Alert alert(SourceId source, String fingerprint, Instant now) {
            String name = "Rule" + random.nextInt(5);
            return new Alert(source, fingerprint, name, Map.of("alertname", name), name, pick(Severity.values()),
                    service(), now.minusSeconds(random.nextInt(3) * 30L), Optional.empty(), AlertState.FIRING,
                    random.nextInt(4) == 0 ? List.of("silence-1") : List.of(), Optional.empty());
        }
    }

    @Test
    void theIncrementalBoardIsAlwaysTheBoardComputedFromScratch() {
        for (long seed = 1; seed <= 12; seed++) {
            World world = new World(seed);
            BoardReducer reducer = new BoardReducer(CATALOG, RETENTION);
            reducer.register(Fixtures.health(AM, SourceKind.ALERTMANAGER));
            reducer.register(Fixtures.health(PROM, SourceKind.PROMETHEUS));
            reducer.register(Fixtures.health(SNOW, SourceKind.SERVICENOW));
            Instant now = T0;
            int snapshots = 0;
            for (int step = 0; step < 400; step++) {
                now = now.plusSeconds(world.random.nextInt(10) == 0 ? 60 + world.random.nextInt(120)
                        : world.random.nextInt(4));
                reducer.apply(event(world, now));
                if (world.random.nextInt(3) == 0) {
                    BoardState board = reducer.snapshot(now);
                    assertMatchesScratch(board, world, now, seed + "/" + step);
                    snapshots++;
                }
            }
            assertThat(snapshots).isGreaterThan(50);
        }
    }

    private static SourceEvent event(World w, Instant now) {
        int kind = w.random.nextInt(20);
        if (kind < 14) {
            SourceId source = kind % 2 == 0 ? AM : PROM;
            return new SourceEvent.AlertsObserved(source, now, alerts(w, source, now));
        }
        if (kind < 16) {
            return new SourceEvent.IncidentsObserved(SNOW, now, incidents(w, now));
        }
        if (kind < 18) {
            w.probes = new ArrayList<>();
            w.availability = new ArrayList<>();
            for (int s = 0; s < SERVICES; s++) {
                if (w.random.nextBoolean()) {
                    w.probes.add(new ProbeResult(PROM, "svc" + s, w.random.nextInt(5) > 0));
                }
                for (int hours : new int[] {24, 1}) {
                    if (w.random.nextBoolean()) {
                        w.availability.add(new Availability(PROM, "svc" + s, Duration.ofHours(hours),
                                0.9 + w.random.nextInt(100) / 1000.0, Optional.empty()));
                    }
                }
            }
            return new SourceEvent.AvailabilityObserved(PROM, now, w.availability, w.probes);
        }
        return new SourceEvent.SourceFailed(w.random.nextBoolean() ? AM : PROM, now, "connection refused");
    }

    /** The source's next full observation: a few alerts fired, replaced or resolved, maybe some reported resolved. */
    private static List<Alert> alerts(World w, SourceId source, Instant now) {
        Map<String, Alert> mine = w.firing.get(source);
        for (int change = w.random.nextInt(6); change > 0; change--) {
            List<String> held = new ArrayList<>(mine.keySet());
            int what = w.random.nextInt(3);
            if (what == 0 || held.isEmpty()) {
                String fingerprint = String.format("%016x", w.fingerprints++ % 60);
                mine.put(fingerprint, w.alert(source, fingerprint, now));
            } else if (what == 1) {
                String fingerprint = held.get(w.random.nextInt(held.size()));
                mine.put(fingerprint, w.alert(source, fingerprint, now));
            } else {
                mine.remove(held.get(w.random.nextInt(held.size())));
            }
        }
        List<Alert> reported = new ArrayList<>(mine.values());
        if (w.random.nextInt(4) == 0) {
            String fingerprint = "r" + w.fingerprints++;
            reported.add(w.alert(source, fingerprint, now).resolvedAt(now.minusSeconds(w.random.nextInt(200))));
        }
        return reported;
    }

    private static List<Incident> incidents(World w, Instant now) {
        List<Incident> incidents = new ArrayList<>();
        for (int n = w.random.nextInt(10); n > 0; n--) {
            incidents.add(new Incident(SNOW, "id" + n, "INC" + n, "t", w.service(), w.pick(Priority.values()),
                    w.pick(IncidentState.values()), Optional.empty(), Optional.empty(), 0,
                    now.minusSeconds(w.random.nextInt(3) * 60L), now, Optional.empty(), List.of(), List.of()));
        }
        return incidents;
    }

    private static void assertMatchesScratch(BoardState board, World world, Instant now, String at) {
        List<Alert> firing = new ArrayList<>();
        world.firing.values().forEach(m -> firing.addAll(m.values()));
        assertThat(board.alerts().stream().filter(Alert::firing).toList()).as("firing alerts at %s", at)
                .containsExactlyInAnyOrderElementsOf(firing);
        assertThat(board.alerts()).as("board order at %s", at).isSortedAccordingTo(AlertBook.BOARD_ORDER);
        assertThat(board.alerts().stream().filter(a -> !a.firing()))
                .as("resolved alerts within the retention at %s", at)
                .allMatch(a -> !a.endedAt().orElseThrow().plus(RETENTION).isBefore(now));
        assertThat(board.incidents()).as("incident order at %s", at)
                .isSortedAccordingTo(SourceReports.INCIDENT_ORDER);
        assertThat(board.services()).as("services at %s", at)
                .containsExactlyElementsOf(scratchViews(board, world, now));
    }

    /** The services as the reducer computed them before it kept anything between snapshots. */
    private static List<ServiceView> scratchViews(BoardState board, World world, Instant now) {
        boolean monitoringCurrent = board.sources().stream()
                .anyMatch(h -> !h.kind().desk() && h.freshness(now).current());
        Map<String, Service> services = new LinkedHashMap<>();
        CATALOG.forEach(s -> services.put(s.name(), s));
        board.alerts().stream().filter(Alert::firing)
                .forEach(a -> services.computeIfAbsent(a.service(), Service::discovered));
        board.incidents().forEach(i -> services.computeIfAbsent(i.service(), Service::discovered));
        List<ServiceView> views = new ArrayList<>();
        for (Service s : services.values()) {
            List<Alert> mine = board.alerts().stream().filter(a -> a.service().equals(s.name())).toList();
            List<Incident> incidents = board.incidents().stream().filter(i -> i.service().equals(s.name())).toList();
            List<ProbeResult> probes = world.probes.stream().filter(p -> p.service().equals(s.name())).toList();
            ServiceStatusRule.Verdict v = ServiceStatusRule.decide(mine, probes, incidents, monitoringCurrent);
            List<Availability> availability = world.availability.stream().filter(a -> a.service().equals(s.name()))
                    .sorted(Comparator.comparing(Availability::window)).toList();
            views.add(new ServiceView(s, v.status(), v.reason(), availability,
                    (int) mine.stream().filter(Alert::firing).count()));
        }
        views.sort(Comparator.comparing(ServiceView::status).thenComparing(v -> v.service().criticality())
                .thenComparing(v -> v.service().name()));
        return views;
    }
}
