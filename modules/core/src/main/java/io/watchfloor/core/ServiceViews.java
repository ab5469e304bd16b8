package io.watchfloor.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The services on the board with their status, worst first. A snapshot recomputes only the services whose
 * firing alerts changed since the last one and moves them to their new place in the order; it recomputes
 * every service only when incidents, probes or availability changed or monitoring went current or stale.
 * Part of {@link BoardReducer} and confined to its thread.
 */
final class ServiceViews {
    private static final Comparator<ServiceView> BOARD_ORDER = Comparator.comparing(ServiceView::status)
            .thenComparing(v -> v.service().criticality())
            .thenComparing(v -> v.service().name());

    private final Map<String, Service> catalog = new LinkedHashMap<>();
    private final Map<String, ServiceView> byName = new HashMap<>();
    /** The views in board order; names are unique, so the order is total and binary search finds a view. */
    private final List<ServiceView> sorted = new ArrayList<>();
    private List<ServiceView> views = List.of();
    private boolean monitoringCurrent;
    private boolean built;

    /** Over the configured services (names are unique), shown even when no source mentions them. */
    ServiceViews(List<Service> services) {
        for (Service s : services) {
            if (catalog.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("service '" + s.name() + "' is configured twice");
            }
        }
    }

    /**
     * Every configured service and every other one that firing alerts or incidents name, worst status first,
     * immutable; the same list when nothing they depend on changed.
     */
    List<ServiceView> views(AlertBook alerts, SourceReports reports, boolean current) {
        Set<String> changedAlerts = alerts.takeChangedServices();
        if (!built || reports.takeChanged() || current != monitoringCurrent) {
            rebuild(alerts, reports, current);
        } else if (changedAlerts.isEmpty()) {
            return views;
        } else {
            for (String name : changedAlerts) {
                update(name, alerts, reports, current);
            }
        }
        views = List.copyOf(sorted);
        return views;
    }

    /** Every service again: what they are, their status and their order. */
    private void rebuild(AlertBook alerts, SourceReports reports, boolean current) {
        Map<String, Service> services = new LinkedHashMap<>(catalog);
        for (String name : alerts.servicesFiring()) {
            services.computeIfAbsent(name, Service::discovered);
        }
        for (String name : reports.incidentServices()) {
            services.computeIfAbsent(name, Service::discovered);
        }
        byName.clear();
        sorted.clear();
        for (Service s : services.values()) {
            ServiceView view = view(s, alerts.tally(s.name()), reports, current);
            byName.put(s.name(), view);
            sorted.add(view);
        }
        sorted.sort(BOARD_ORDER);
        monitoringCurrent = current;
        built = true;
    }

    /** One service whose alerts changed: a new status, a new place in the order, or off the board. */
    private void update(String name, AlertBook alerts, SourceReports reports, boolean current) {
        ServiceView old = byName.remove(name);
        if (old != null) {
            sorted.remove(Collections.binarySearch(sorted, old, BOARD_ORDER));
        }
        Service service = catalog.get(name);
        ServiceTally tally = alerts.tally(name);
        if (service == null && (!tally.isEmpty() || reports.incidentServices().contains(name))) {
            service = old != null ? old.service() : Service.discovered(name);
        }
        if (service != null) {
            ServiceView view = view(service, tally, reports, current);
            byName.put(name, view);
            sorted.add(-Collections.binarySearch(sorted, view, BOARD_ORDER) - 1, view);
        }
    }

    private static ServiceView view(Service s, ServiceTally tally, SourceReports reports, boolean current) {
        ServiceStatusRule.Verdict v = ServiceStatusRule.decide(tally.worst(), reports.probes(s.name()),
                reports.incidents(s.name()), current);
        return new ServiceView(s, v.status(), v.reason(), reports.availability(s.name()), tally.firing());
    }
}
