package io.watchfloor.app.wall.config;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.ServiceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which services a page shows: those in one of {@code regions} (when any are given) and among {@code services}
 * (when any are given: the names listed and the members of the groups named, expanded when the config is read).
 * An empty filter shows everything. Alerts and incidents follow their service; sources are always all shown.
 * Immutable; any thread.
 *
 * @param regions  regions or sites to show; empty for all
 * @param services service names to show; empty for all
 * @param label    a short description for the page header ("eu-west · payments"); empty for no filter
 */
public record PageFilter(Set<String> regions, Set<String> services, String label) {
    /** Shows everything. */
    public static final PageFilter NONE = new PageFilter(Set.of(), Set.of(), "");

    public PageFilter {
        regions = Set.copyOf(regions);
        services = Set.copyOf(services);
        Objects.requireNonNull(label, "label");
    }

    /** A filter on regions and service names, labelled by both. */
    public static PageFilter of(Set<String> regions, Set<String> services) {
        List<String> parts = new ArrayList<>();
        if (!regions.isEmpty()) {
            parts.add(String.join(", ", new TreeSet<>(regions)));
        }
        if (!services.isEmpty()) {
            parts.add(services.size() == 1 ? services.iterator().next() : services.size() + " services");
        }
        return new PageFilter(regions, services, String.join(" \u00b7 ", parts));
    }

    /** Whether the filter lets everything through. */
    public boolean isEmpty() {
        return regions.isEmpty() && services.isEmpty();
    }

    /** Whether a service of this name in this region is on the page. */
    public boolean includes(String serviceName, String region) {
        return (regions.isEmpty() || regions.contains(region)) && (services.isEmpty() || services.contains(serviceName));
    }

    /**
     * Whether the service of this name is on the page, looking its region up on {@code board}; a service the
     * board does not know passes only a filter without regions.
     */
    public boolean includes(String serviceName, BoardState board) {
        String region = board.service(serviceName).map(v -> v.service().region()).orElse("");
        return includes(serviceName, region);
    }

    /**
     * The board restricted to the page's services, their alerts and incidents and those incidents' escalations;
     * every source, the MTTA/MTTR and the peak windows stay.
     */
    public BoardState apply(BoardState board) {
        if (isEmpty()) {
            return board;
        }
        List<ServiceView> views = board.services().stream()
                .filter(v -> includes(v.service().name(), v.service().region())).toList();
        Set<String> names = views.stream().map(v -> v.service().name()).collect(Collectors.toSet());
        List<Incident> incidents = board.incidents().stream().filter(i -> names.contains(i.service())).toList();
        return new BoardState(board.version(), board.asOf(), views,
                board.alerts().stream().filter(a -> names.contains(a.service())).toList(), incidents,
                board.sources(), List.of(),
                board.sla().forIncidents(incidents.stream().map(Incident::key).collect(Collectors.toSet())));
    }
}
