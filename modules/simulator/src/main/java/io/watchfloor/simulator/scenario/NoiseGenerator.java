package io.watchfloor.simulator.scenario;

import io.watchfloor.core.Criticality;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Steady background noise: a warning, minor, info or occasional major alert on a random service about
 * every 100 simulated seconds, each firing for a few minutes; now and then a short probe blip on a tier-3
 * service. Never two overlapping alerts with the same labels.
 */
final class NoiseGenerator implements PlanGenerator {
    private static final double MEAN_GAP_SECONDS = 100;
    private static final double PROBE_BLIP_CHANCE = 0.04;

    private final SplittableRandom random;
    private final List<ServiceProfile> services;
    private final List<ServiceProfile> tierThree;
    private final Map<String, Instant> busyUntil = new HashMap<>();
    private Instant next;

    NoiseGenerator(long seed, Instant first, EstateCatalog estate) {
        this.random = new SplittableRandom(seed ^ 0x4E4F495345L);
        this.services = estate.profiles();
        this.tierThree = services.stream().filter(p -> p.service().criticality() == Criticality.TIER_3).toList();
        this.next = first;
    }

    @Override
    public Instant nextStart() {
        return next;
    }

    @Override
    public void emitNext(PlanSink sink) {
        if (Draw.chance(random, PROBE_BLIP_CHANCE)) {
            probeBlip(sink);
        } else {
            noiseAlert(sink);
        }
        long gap = Math.max(20, Math.round(Draw.exponential(random, MEAN_GAP_SECONDS)));
        next = next.plusSeconds(gap);
    }

    private void noiseAlert(PlanSink sink) {
        ServiceProfile service = Draw.pick(random, services);
        NoiseKind kind = Draw.pick(random, NoiseKind.ALL);
        Instant end = next.plusSeconds(Math.round(Draw.between(random, kind.minMinutes(), kind.maxMinutes()) * 60));
        if (reserve(service.name() + "|" + kind.alertname() + "|" + kind.severity(), end)) {
            sink.alert(new AlertEpisode(service.name(), kind.alertname(), kind.severity(), false, next,
                    Optional.of(end), kind.summary(), kind.description(), kind.expr(service.name())));
        }
    }

    private void probeBlip(PlanSink sink) {
        ServiceProfile service = Draw.pick(random, tierThree);
        Instant up = next.plusSeconds(Math.round(Draw.between(random, 60, 240)));
        if (reserve(service.name() + "|" + CascadeBuilder.PROBE_ALERT, up.plusSeconds(30))) {
            sink.outage(Outage.between(service.name(), next, up));
            CascadeBuilder.probeAlert(sink, service.name(), next, up);
        }
    }

    /** Claims a label set until {@code end}; false if an earlier alert with it still fires. */
    private boolean reserve(String key, Instant end) {
        Instant busy = busyUntil.get(key);
        if (busy != null && !busy.isBefore(next)) {
            return false;
        }
        busyUntil.put(key, end);
        return true;
    }
}
