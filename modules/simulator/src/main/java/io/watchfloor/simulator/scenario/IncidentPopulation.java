package io.watchfloor.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scale population of incidents: open tickets of every priority, opened before t0 (P1s within the last
 * hours, P4s up to ten days ago) by customer care or by monitoring, most of them picked up by a member of
 * the service's group with a work note, some of them on hold awaiting a vendor or the caller, a few still
 * New and unassigned. None of them is resolved during the run, so the desk always has this many more open
 * incidents, with their SLA clocks running, paused or breached. A pure function of (seed, t0).
 */
public final class IncidentPopulation {
    private static final List<String> TITLES = List.of(
            "%s: intermittent 502 errors reported by customer care",
            "%s: slow responses for some users in %s",
            "%s: nightly job failed, data partly outdated",
            "%s: certificate renewal failed on one node",
            "%s: elevated error rate since the last deployment",
            "%s: customers report wrong data displayed",
            "%s: export to partner delayed",
            "%s: memory leak suspected, pods restarted by the OOM killer",
            "%s: timeouts towards a downstream dependency in %s",
            "%s: disk usage growing on the database volume");

    private IncidentPopulation() {
    }

    /** {@code count} open incident scripts, keyed {@code population-N}. */
    public static List<IncidentScript> generate(long seed, Instant t0, EstateCatalog estate, Directory directory,
                                                int count) {
        List<IncidentScript> out = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            out.add(script(n, new SplittableRandom((seed ^ 0x494E4350L) * 0x9E3779B97F4A7C15L + n), t0, estate,
                    directory));
        }
        return out;
    }

    private static IncidentScript script(int n, SplittableRandom r, Instant t0, EstateCatalog estate, Directory directory) {
        ServiceProfile service = Draw.pick(r, estate.profiles());
        double p = r.nextDouble();
        // impact + urgency - 1 is the desk's priority: P1 3 %, P2 12 %, P3 50 %, P4 35 %.
        int impact = p < 0.15 ? 1 : 2;
        int urgency = p < 0.03 ? 1 : p < 0.65 ? 2 : 3;
        Duration maxAge = p < 0.03 ? Duration.ofHours(6) : p < 0.15 ? Duration.ofHours(24)
                : p < 0.65 ? Duration.ofDays(3) : Duration.ofDays(10);
        Instant opened = t0.minusSeconds(300 + r.nextLong(maxAge.toSeconds()));
        boolean monitoring = Draw.chance(r, 0.4);
        String caller = monitoring ? Directory.EVENT_MANAGEMENT : directory.caller(r);
        String title = String.format(Draw.pick(r, TITLES), service.service().displayName(), service.region());
        IncidentStory story = IncidentStory.open("population-" + n, opened, caller)
                .about(service.name(), title, title + ". " + (monitoring ? "Raised from monitoring." : "Reported by " + caller + "."),
                        impact, urgency)
                .with(IncidentField.CALLER, caller).with(IncidentField.ASSIGNMENT_GROUP, service.group())
                .with(IncidentField.CATEGORY, monitoring ? "software" : "inquiry");
        if (Draw.chance(r, 0.85)) {
            String engineer = directory.memberOf(service.group(), r);
            Instant assigned = later(opened, minutes(Draw.between(r, 3, 90)), t0);
            story.assign(assigned, service.group(), engineer, "Picked up; looking into it.");
            if (Draw.chance(r, 0.15)) {
                boolean vendor = Draw.chance(r, 0.5);
                story.hold(later(assigned, minutes(Draw.between(r, 20, 240)), t0), engineer, vendor ? "4" : "1",
                        vendor ? "Waiting for the vendor's answer." : "Asked the caller for more details.");
            } else if (Draw.chance(r, 0.5)) {
                story.note(later(assigned, minutes(Draw.between(r, 10, 180)), t0), engineer,
                        "Narrowed it down; a fix is being prepared.");
            }
        }
        return story.build();
    }

    /** {@code from + d}, but never later than one minute before t0 (population changes happen before the run). */
    private static Instant later(Instant from, Duration d, Instant t0) {
        Instant at = from.plus(d);
        Instant limit = t0.minusSeconds(60);
        return at.isAfter(limit) ? (from.isBefore(limit) ? limit : from.plusSeconds(1)) : at;
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }
}
