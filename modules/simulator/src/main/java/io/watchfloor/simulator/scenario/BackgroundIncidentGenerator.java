package io.watchfloor.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Background P3/P4 incidents raised by people (customer care, store staff) every 1.5 to 4 simulated
 * hours: picked up within the hour, sometimes put on hold awaiting a vendor or the caller, resolved after
 * 2 to 20 hours and closed a day later.
 */
final class BackgroundIncidentGenerator implements PlanGenerator {
    private static final List<String> TITLES = List.of(
            "%s: intermittent 502 errors reported by customer care",
            "%s: slow responses for some users in %s",
            "%s: nightly job failed, data partly outdated",
            "%s: certificate renewal failed on one node",
            "%s: elevated error rate since the last deployment",
            "%s: customers report wrong data displayed",
            "%s: export to partner delayed");

    private final SplittableRandom random;
    private final EstateCatalog estate;
    private final Directory directory;
    private Instant next;
    private int count;

    BackgroundIncidentGenerator(long seed, Instant first, EstateCatalog estate, Directory directory) {
        this.random = new SplittableRandom(seed ^ 0x424B47L);
        this.estate = estate;
        this.directory = directory;
        this.next = first;
    }

    @Override
    public Instant nextStart() {
        return next;
    }

    @Override
    public void emitNext(PlanSink sink) {
        count++;
        sink.incident(story("background-" + count, next).build());
        next = next.plusSeconds(Math.round(Draw.between(random, 90, 240) * 60));
    }

    private IncidentStory story(String key, Instant opened) {
        ServiceProfile service = Draw.pick(random, estate.profiles());
        String title = String.format(Draw.pick(random, TITLES), service.service().displayName(), service.region());
        boolean p3 = Draw.chance(random, 0.6);
        String caller = directory.caller(random);
        String engineer = directory.memberOf(service.group(), random);
        Instant assigned = opened.plus(minutes(Draw.between(random, 10, 60)));
        Instant resolved = opened.plus(minutes(Draw.between(random, 120, 1200)));
        IncidentStory story = IncidentStory.open(key, opened, caller)
                .about(service.name(), title, title + ". Reported by " + caller + ".", p3 ? 2 : 3, 2)
                .with(IncidentField.CALLER, caller).with(IncidentField.ASSIGNMENT_GROUP, service.group())
                .with(IncidentField.CATEGORY, "inquiry")
                .assign(assigned, service.group(), engineer, "Picked up; reproducing the issue.");
        if (Draw.chance(random, 0.3)) {
            Instant held = assigned.plus(minutes(Draw.between(random, 30, 120)));
            Instant resumed = held.plus(minutes(Draw.between(random, 60, 240)));
            boolean vendor = Draw.chance(random, 0.5);
            story.hold(held, engineer, vendor ? "4" : "1", vendor ? "Waiting for the vendor's answer."
                    : "Asked the caller for affected order numbers.");
            story.resume(resumed, engineer, vendor ? "Vendor supplied a fix." : "Caller answered.");
            resolved = resolved.isAfter(resumed) ? resolved : resumed.plus(minutes(30));
        }
        return story.resolve(resolved, engineer, "Solved (Permanently)", "Root cause fixed and verified with the caller.")
                .close(resolved.plus(Duration.ofDays(1)));
    }

    private static Duration minutes(double m) {
        return Duration.ofSeconds(Math.round(m * 60));
    }
}
