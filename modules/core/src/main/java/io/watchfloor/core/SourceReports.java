package io.watchfloor.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The latest incidents, availability and probes of each source, sorted and grouped per service once per
 * change rather than once per snapshot (they change every few seconds, snapshots come a hundred times as
 * often). Part of {@link BoardReducer} and confined to its thread.
 */
final class SourceReports {
    /** Highest priority first, then the oldest; source and id make the order total. */
    static final Comparator<Incident> INCIDENT_ORDER = Comparator.comparing(Incident::priority)
            .thenComparing(Incident::openedAt)
            .thenComparing((Incident i) -> i.source().value())
            .thenComparing(Incident::id);

    private final Map<SourceId, List<Incident>> incidentsBySource = new HashMap<>();
    private final Map<SourceId, List<Availability>> availabilityBySource = new HashMap<>();
    private final Map<SourceId, List<ProbeResult>> probesBySource = new HashMap<>();
    private boolean grouped;
    private boolean changedSinceTaken = true;
    private List<Incident> incidents = List.of();
    private Map<String, List<Incident>> incidentsByService = Map.of();
    private Map<String, List<Availability>> availabilityByService = Map.of();
    private Map<String, List<ProbeResult>> probesByService = Map.of();

    /** A source's latest incidents, replacing its previous ones. */
    void incidents(SourceId source, List<Incident> latest) {
        incidentsBySource.put(source, latest);
        changed();
    }

    /** A source's latest availability and probes, replacing its previous ones. */
    void availability(SourceId source, List<Availability> latest, List<ProbeResult> probes) {
        availabilityBySource.put(source, latest);
        probesBySource.put(source, probes);
        changed();
    }

    /** Whether anything changed since the last call. */
    boolean takeChanged() {
        boolean was = changedSinceTaken;
        changedSinceTaken = false;
        return was;
    }

    /** Every source's incidents in {@link #INCIDENT_ORDER}, immutable. */
    List<Incident> incidents() {
        group();
        return incidents;
    }

    /** Services that incidents name. */
    Set<String> incidentServices() {
        group();
        return incidentsByService.keySet();
    }

    /** One service's incidents, in {@link #INCIDENT_ORDER}. */
    List<Incident> incidents(String service) {
        group();
        return incidentsByService.getOrDefault(service, List.of());
    }

    /** One service's availability, shortest window first. */
    List<Availability> availability(String service) {
        group();
        return availabilityByService.getOrDefault(service, List.of());
    }

    /** One service's probes. */
    List<ProbeResult> probes(String service) {
        group();
        return probesByService.getOrDefault(service, List.of());
    }

    private void changed() {
        grouped = false;
        changedSinceTaken = true;
    }

    private void group() {
        if (grouped) {
            return;
        }
        List<Incident> all = concat(incidentsBySource.values());
        all.sort(INCIDENT_ORDER);
        incidents = List.copyOf(all);
        incidentsByService = byService(incidents, Incident::service);
        List<Availability> availability = concat(availabilityBySource.values());
        availability.sort(Comparator.comparing(Availability::window));
        availabilityByService = byService(availability, Availability::service);
        probesByService = byService(concat(probesBySource.values()), ProbeResult::service);
        grouped = true;
    }

    private static <T> List<T> concat(Collection<List<T>> lists) {
        List<T> all = new ArrayList<>();
        lists.forEach(all::addAll);
        return all;
    }

    private static <T> Map<String, List<T>> byService(List<T> items, Function<T, String> service) {
        return items.stream().collect(Collectors.groupingBy(service, Collectors.toUnmodifiableList()));
    }
}
