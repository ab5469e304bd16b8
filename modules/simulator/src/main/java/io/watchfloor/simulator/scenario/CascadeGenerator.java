package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Periodic outage cascades of the live scenario: one every 45 to 120 simulated minutes, never the same
 * kind twice in a row (so a cascade never overlaps another of its kind); about a third are severe
 * (a probe fails, higher priority), so availability sinks on a bad day without collapsing.
 */
final class CascadeGenerator implements PlanGenerator {
    private static final double SEVERE_SHARE = 0.35;
    private final SplittableRandom random;
    private final Directory directory;
    private Instant next;
    private CascadeKind previous;
    private int count;

    CascadeGenerator(long seed, Instant first, CascadeKind previous, Directory directory) {
        this.random = new SplittableRandom(seed ^ 0x43415343L);
        this.next = first;
        this.previous = previous;
        this.directory = directory;
    }

    @Override
    public Instant nextStart() {
        return next;
    }

    @Override
    public void emitNext(PlanSink sink) {
        List<CascadeKind> choices = Arrays.stream(CascadeKind.values()).filter(k -> k != previous).toList();
        CascadeKind kind = Draw.pick(random, choices);
        count++;
        boolean severe = Draw.chance(random, SEVERE_SHARE);
        kind.play(new CascadeBuilder(next, sink, severe), random, directory, "cascade-" + count);
        previous = kind;
        next = next.plusSeconds(Math.round(Draw.between(random, 45, 120) * 60));
    }
}
