package io.watchfloor.simulator.scenario;

import io.watchfloor.core.Criticality;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 15 days before t0: probe outages per service, so that 24 h and 7 d availabilities differ (most
 * services 99.9x %, three "troubled" ones below their SLO), and closed incidents for the longer outages
 * of the last three days. Ends two hours before t0.
 */
final class HistoryGenerator {
    static final Duration RETENTION = Duration.ofDays(15);
    private static final Duration INCIDENT_WINDOW = Duration.ofDays(3);

    /** Outages per day and their duration range (minutes) for one reliability class. */
    private record Reliability(double perDay, double minMinutes, double maxMinutes) {
    }

    private static final Reliability GOOD = new Reliability(0.12, 1, 4);
    private static final Reliability FAIR = new Reliability(0.3, 1, 6);
    private static final Reliability TROUBLED = new Reliability(0.9, 4, 20);

    private HistoryGenerator() {
    }

    static void generate(long seed, Instant t0, EstateCatalog estate, Directory directory, PlanSink sink) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x48495354L);
        List<ServiceProfile> strict = new ArrayList<>(estate.profiles().stream()
                .filter(p -> p.service().sloTarget() >= 0.999).toList());
        List<String> troubled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            troubled.add(strict.remove(random.nextInt(strict.size())).name());
        }
        Instant from = t0.minus(RETENTION);
        Instant until = t0.minus(Duration.ofHours(2));
        int n = 0;
        for (ServiceProfile service : estate.profiles()) {
            Reliability r = troubled.contains(service.name()) ? TROUBLED : Draw.chance(random, 0.3) ? FAIR : GOOD;
            Instant t = from.plus(gap(random, r));
            while (t.isBefore(until)) {
                Instant end = t.plusSeconds(Math.round(Draw.between(random, r.minMinutes(), r.maxMinutes()) * 60));
                sink.outage(Outage.between(service.name(), t, end));
                if (t.isAfter(t0.minus(INCIDENT_WINDOW)) && Duration.between(t, end).toMinutes() >= 5) {
                    sink.incident(incident("history-" + (++n), service, t, end, random, directory));
                }
                t = end.plus(gap(random, r));
            }
        }
    }

    private static Duration gap(SplittableRandom random, Reliability r) {
        return Duration.ofSeconds(Math.round(Draw.exponential(random, 86_400 / r.perDay())));
    }

    private static IncidentScript incident(String key, ServiceProfile service, Instant down, Instant up,
                                           SplittableRandom random, Directory directory) {
        Criticality tier = service.service().criticality();
        int impact = tier == Criticality.TIER_1 ? 1 : tier == Criticality.TIER_2 ? 2 : 3;
        int urgency = tier == Criticality.TIER_1 && Duration.between(down, up).toMinutes() >= 10 ? 1 : 2;
        Instant opened = down.plusSeconds(180);
        String engineer = directory.memberOf(service.group(), random);
        Instant resolved = up.plusSeconds(Math.round(Draw.between(random, 5, 20) * 60));
        return IncidentStory.open(key, opened, Directory.EVENT_MANAGEMENT)
                .about(service.name(), service.service().displayName() + " health check failing",
                        "The blackbox probe of " + service.probeInstance() + " fails. Raised from monitoring.",
                        impact, urgency)
                .with(IncidentField.CALLER, Directory.EVENT_MANAGEMENT)
                .with(IncidentField.ASSIGNMENT_GROUP, service.group()).with(IncidentField.CATEGORY, "software")
                .assign(opened.plusSeconds(Math.round(Draw.between(random, 2, 6) * 60)), service.group(), engineer,
                        "Looking into the failing health check.")
                .resolve(resolved, engineer, "Solved (Permanently)", "Service recovered after a restart; health check green.")
                .close(resolved.plus(Duration.ofDays(1)))
                .build();
    }
}
