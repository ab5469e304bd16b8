package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The simulated world: time, estate, desk directory, the scenario plan and the events injected by test
 * hooks. The APIs read it; {@code ScenarioControl} writes into it. State at time t is a pure function of
 * (seed, t, injected events); desk writes live in the API packages. Not thread-safe: every call happens
 * under the simulator's single lock.
 */
public final class World {
    private final long seed;
    private final SimTime time;
    private final EstateCatalog estate;
    private final Directory directory;
    private final ScenarioPlan plan;
    private final AlertPopulation alertPopulation;
    private final List<IncidentScript> incidentPopulation;
    private final List<AlertEpisode> injectedAlerts = new ArrayList<>();
    private final List<Outage> injectedOutages = new ArrayList<>();
    private final List<IncidentScript> injectedIncidents = new ArrayList<>();
    private final Map<String, String> openOutageIncident = new HashMap<>();

    /** A world with no scale population. */
    public World(long seed, SimTime time, EstateCatalog estate, Directory directory, ScenarioPlan plan) {
        this(seed, time, estate, directory, plan, new AlertPopulation(seed, time.start(), estate, 0, 0), List.of());
    }

    /**
     * A world with a scale population on top of the scenario.
     *
     * @param alertPopulation    alerts firing at every instant besides the scenario's
     * @param incidentPopulation incidents (opened before t0) besides the scenario's
     */
    public World(long seed, SimTime time, EstateCatalog estate, Directory directory, ScenarioPlan plan,
                 AlertPopulation alertPopulation, List<IncidentScript> incidentPopulation) {
        this.seed = seed;
        this.time = time;
        this.estate = estate;
        this.directory = directory;
        this.plan = plan;
        this.alertPopulation = alertPopulation;
        List<IncidentScript> sorted = new ArrayList<>(incidentPopulation);
        sorted.sort(IncidentScript.OPENING_ORDER);
        this.incidentPopulation = List.copyOf(sorted);
    }

    public long seed() {
        return seed;
    }

    /** The simulated start t0. */
    public Instant start() {
        return time.start();
    }

    /** The current simulated instant; the plan is unrolled up to it. */
    public Instant now() {
        Instant now = time.now();
        plan.ensureHorizon(now);
        return now;
    }

    public EstateCatalog estate() {
        return estate;
    }

    public Directory directory() {
        return directory;
    }

    /** Alert episodes (planned, injected and the scale population) firing at {@code t}. */
    public List<AlertEpisode> alertsFiringAt(Instant t) {
        List<AlertEpisode> firing = new ArrayList<>(alertPopulation.size() + 16);
        Stream.concat(plan.alerts().stream(), injectedAlerts.stream()).filter(a -> a.firingAt(t)).forEach(firing::add);
        firing.addAll(alertPopulation.firingAt(t));
        return firing;
    }

    /** Every outage known so far (history, planned, injected); open ones have no end. */
    public List<Outage> outages() {
        return Stream.concat(plan.outages().stream(), injectedOutages.stream()).toList();
    }

    /** Incident scripts (planned, injected and the scale population) opened at or before {@code t}, in opening order. */
    public List<IncidentScript> incidentsOpenedBy(Instant t) {
        List<IncidentScript> all = new ArrayList<>(plan.incidentsOpenedBy(t));
        injectedIncidents.stream().filter(s -> !s.openedAt().isAfter(t)).forEach(all::add);
        incidentPopulation.stream().filter(s -> !s.openedAt().isAfter(t)).forEach(all::add);
        all.sort(IncidentScript.OPENING_ORDER);
        return all;
    }

    /** The service's probe fails from now, its probe alert fires and a P1 incident opens. */
    public void startOutage(String service) {
        ServiceProfile profile = estate.require(service);
        if (openOutageIncident.containsKey(service)) {
            throw new IllegalStateException("an outage of " + service + " is already in progress");
        }
        Instant now = now();
        injectedOutages.add(new Outage(service, now, Optional.empty()));
        injectedAlerts.add(CascadeBuilder.probeEpisode(service, now, Optional.empty()));
        String key = "injected-" + (injectedIncidents.size() + 1);
        String name = profile.service().displayName();
        injectedIncidents.add(IncidentStory.open(key, now, Directory.EVENT_MANAGEMENT)
                .about(service, name + " down: health check failing",
                        "The blackbox probe of " + profile.probeInstance() + " fails. Raised from monitoring.", 1, 1)
                .with(IncidentField.CALLER, Directory.EVENT_MANAGEMENT)
                .with(IncidentField.ASSIGNMENT_GROUP, Directory.SERVICE_DESK).with(IncidentField.CATEGORY, "software")
                .build());
        openOutageIncident.put(service, key);
    }

    /** The outage started by {@link #startOutage} ends now: probe recovers, alert and incident resolve. */
    public void endOutage(String service) {
        ServiceProfile profile = estate.require(service);
        String key = openOutageIncident.remove(service);
        if (key == null) {
            throw new IllegalStateException("no outage of " + service + " is in progress");
        }
        Instant now = now();
        endOpen(injectedOutages, o -> o.service().equals(service), now);
        endOpenAlerts(service, CascadeBuilder.PROBE_ALERT, now);
        String engineer = directory.memberOf(profile.group(), new SplittableRandom(seed + key.hashCode()));
        for (int i = 0; i < injectedIncidents.size(); i++) {
            IncidentScript script = injectedIncidents.get(i);
            if (script.key().equals(key)) {
                injectedIncidents.set(i, script.withStep(IncidentChange.scripted(now, engineer, Map.of(
                        IncidentField.STATE, "6", IncidentField.CLOSE_CODE, "Solved (Permanently)",
                        IncidentField.CLOSE_NOTES, "Service restored; health check green again."), List.of())));
            }
        }
    }

    /** One extra alert firing from now until {@link #resolveAlert}; a no-op if the same one already fires. */
    public void fireAlert(String service, String alertname, String severity) {
        estate.require(service);
        Instant now = now();
        boolean firing = injectedAlerts.stream().anyMatch(a -> a.end().isEmpty() && a.service().equals(service)
                && a.alertname().equals(alertname) && a.severity().equals(severity));
        if (!firing) {
            injectedAlerts.add(new AlertEpisode(service, alertname, severity, false, now, Optional.empty(),
                    alertname + " on " + service, "Injected by the scenario control.", alertname + "{service=\"" + service + "\"}"));
        }
    }

    /** Resolves every injected alert with this service and name now. */
    public void resolveAlert(String service, String alertname) {
        estate.require(service);
        endOpenAlerts(service, alertname, now());
    }

    private void endOpenAlerts(String service, String alertname, Instant now) {
        for (int i = injectedAlerts.size() - 1; i >= 0; i--) {
            AlertEpisode a = injectedAlerts.get(i);
            if (a.end().isEmpty() && a.service().equals(service) && a.alertname().equals(alertname)) {
                if (now.isAfter(a.start())) {
                    injectedAlerts.set(i, a.endedAt(now));
                } else {
                    injectedAlerts.remove(i);
                }
            }
        }
    }

    private static void endOpen(List<Outage> outages, Predicate<Outage> which, Instant now) {
        for (int i = outages.size() - 1; i >= 0; i--) {
            Outage o = outages.get(i);
            if (o.end().isEmpty() && which.test(o)) {
                if (now.isAfter(o.start())) {
                    outages.set(i, o.endedAt(now));
                } else {
                    outages.remove(i);
                }
            }
        }
    }
}
