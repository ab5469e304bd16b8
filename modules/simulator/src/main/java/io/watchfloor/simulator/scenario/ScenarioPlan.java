package io.watchfloor.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything the scenario will do on its own, as a pure function of seed and t0: history, the opening
 * scene and endless generators (cascades, noise, background incidents) that are unrolled lazily up to the
 * latest simulated instant asked for. Unrolling is sequential per generator, so what exists at time t
 * does not depend on when or how often it was asked. Not thread-safe: guarded by the simulator lock.
 */
public final class ScenarioPlan implements PlanSink {
    private final List<AlertEpisode> alerts = new ArrayList<>();
    private final List<Outage> outages = new ArrayList<>();
    private final List<IncidentScript> incidents = new ArrayList<>();
    private final List<PlanGenerator> generators = new ArrayList<>();
    private boolean incidentsSorted = true;

    private ScenarioPlan() {
    }

    /** SCRIPTED mode: nothing happens on its own. */
    public static ScenarioPlan empty() {
        return new ScenarioPlan();
    }

    /** LIVE mode: 15 days of history, a busy opening scene at t0, then cascades, noise and tickets. */
    public static ScenarioPlan live(long seed, Instant t0, EstateCatalog estate, Directory directory) {
        ScenarioPlan plan = new ScenarioPlan();
        HistoryGenerator.generate(seed, t0, estate, directory, plan);
        CascadeKind avoid = OpeningScene.play(seed, t0, directory, plan);
        long firstCascade = Math.round(Draw.between(new SplittableRandom(seed), 30, 45) * 60);
        plan.generators.add(new NoiseGenerator(seed, t0.minus(Duration.ofMinutes(40)), estate));
        plan.generators.add(new BackgroundIncidentGenerator(seed, t0.minus(Duration.ofDays(3)), estate, directory));
        plan.generators.add(new CascadeGenerator(seed, t0.plusSeconds(firstCascade), avoid, directory));
        return plan;
    }

    /** Unrolls every generator up to {@code t}: afterwards all items starting at or before t exist. */
    public void ensureHorizon(Instant t) {
        while (true) {
            PlanGenerator earliest = generators.stream().min(Comparator.comparing(PlanGenerator::nextStart)).orElse(null);
            if (earliest == null || earliest.nextStart().isAfter(t)) {
                return;
            }
            earliest.emitNext(this);
        }
    }

    /** Every planned alert episode unrolled so far. */
    public List<AlertEpisode> alerts() {
        return Collections.unmodifiableList(alerts);
    }

    /** Every planned outage unrolled so far (history included). */
    public List<Outage> outages() {
        return Collections.unmodifiableList(outages);
    }

    /** Planned incidents opened at or before {@code t}, in opening order. */
    public List<IncidentScript> incidentsOpenedBy(Instant t) {
        if (!incidentsSorted) {
            incidents.sort(IncidentScript.OPENING_ORDER);
            incidentsSorted = true;
        }
        List<IncidentScript> opened = new ArrayList<>();
        for (IncidentScript script : incidents) {
            if (script.openedAt().isAfter(t)) {
                break;
            }
            opened.add(script);
        }
        return opened;
    }

    @Override
    public void alert(AlertEpisode episode) {
        alerts.add(episode);
    }

    @Override
    public void outage(Outage outage) {
        outages.add(outage);
    }

    @Override
    public void incident(IncidentScript script) {
        incidents.add(script);
        incidentsSorted = false;
    }
}
