package io.watchfloor.app.wall;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Availability;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.ServiceView;
import io.watchfloor.core.Severity;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Immutable, made on any thread: what a page shows of one (filtered) snapshot that does not move with time:
 * the alert counts, the service cells in board order, the availability rows, the acknowledged alerts. Making it
 * walks every alert on the board several times; the wall makes it off the FX thread
 * ({@link io.watchfloor.app.fx.FxPreparedBridge}), so the FX thread only copies it into the view models.
 *
 * @param board        the snapshot as the page sees it
 * @param firing       firing alerts per severity
 * @param unattended   firing alerts per severity that nobody acknowledged or silenced
 * @param cells        every service, worst status first, then by criticality and display name
 * @param availability services that report availability, least error budget left first
 * @param acknowledged firing alerts with an acknowledgement, those ending soonest first
 * @param silencedOnly firing alerts silenced without an acknowledgement
 * @param openIncidents open incidents in ticker order: by priority, then oldest first
 * @param slaClocks    the live SLA clocks, sorted for the tick (the most urgent, the breached count)
 */
record BoardDigest(BoardState board, Map<Severity, Integer> firing, Map<Severity, Integer> unattended,
                   List<ServiceCell> cells, List<AvailabilityRow> availability, List<Alert> acknowledged,
                   int silencedOnly, List<Incident> openIncidents, SlaSchedule slaClocks) {

    BoardDigest {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(slaClocks, "slaClocks");
        firing = Map.copyOf(firing);
        unattended = Map.copyOf(unattended);
        cells = List.copyOf(cells);
        availability = List.copyOf(availability);
        acknowledged = List.copyOf(acknowledged);
        openIncidents = List.copyOf(openIncidents);
    }

    /** Digests {@code board} for every tile. */
    static BoardDigest of(BoardState board) {
        return new BoardDigest(board, board.firingCounts(), unattended(board), cells(board), availability(board),
                acknowledged(board), silencedOnly(board), openIncidents(board), SlaSchedule.of(board));
    }

    /**
     * Digests {@code board} for a page of this spec: the acknowledged alerts and open incidents only when it has
     * the tile that lists them (empty otherwise, as nothing would show them).
     */
    static BoardDigest of(BoardState board, PageSpec page) {
        boolean acks = page.has(TileKind.ACKS);
        return new BoardDigest(board, board.firingCounts(), unattended(board), cells(board), availability(board),
                acks ? acknowledged(board) : List.of(), acks ? silencedOnly(board) : 0,
                page.has(TileKind.INCIDENTS) ? openIncidents(board) : List.of(), SlaSchedule.of(board));
    }

    private static Map<Severity, Integer> unattended(BoardState board) {
        Map<Severity, Integer> unattended = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            unattended.put(s, (int) board.unattended(s));
        }
        return unattended;
    }

    static List<ServiceCell> cells(BoardState board) {
        return board.services().stream()
                .sorted(Comparator.comparing(ServiceView::status)
                        .thenComparing(v -> v.service().criticality())
                        .thenComparing(v -> v.service().displayName()))
                .map(v -> new ServiceCell(v.service().name(), v.service().displayName(), v.status(), v.reason(),
                        v.service().region(), v.service().criticality(), v.firingAlerts()))
                .toList();
    }

    static List<AvailabilityRow> availability(BoardState board) {
        return board.services().stream()
                .filter(v -> !v.availability().isEmpty())
                .map(BoardDigest::availabilityRow)
                .sorted(Comparator.comparingDouble(AvailabilityRow::budgetLeft)
                        .thenComparing(AvailabilityRow::displayName))
                .toList();
    }

    private static AvailabilityRow availabilityRow(ServiceView v) {
        Optional<Availability> day = v.availability(WallViewModel.DAY);
        Optional<Availability> week = v.availability(WallViewModel.WEEK);
        return new AvailabilityRow(v.service().name(), v.service().displayName(), v.service().sloTarget(),
                ratio(day), ratio(week), v.belowSlo(WallViewModel.DAY), v.belowSlo(WallViewModel.WEEK),
                day.map(Availability::partial).orElse(false), week.map(Availability::partial).orElse(false));
    }

    private static OptionalDouble ratio(Optional<Availability> a) {
        return a.isPresent() ? OptionalDouble.of(a.get().ratio()) : OptionalDouble.empty();
    }

    /**
     * Firing acknowledged alerts, already in the order the acknowledgements tile lists them at any time (those
     * ending soonest first, then by severity and newest acknowledgement), so that re-sorting them every tick
     * finds them sorted (a linear pass).
     */
    static List<Alert> acknowledged(BoardState board) {
        return board.alerts().stream().filter(a -> a.firing() && a.acknowledgement().isPresent())
                .sorted(ACK_ORDER).toList();
    }

    private static final Comparator<Alert> ACK_ORDER = Comparator
            .comparing((Alert a) -> a.acknowledgement().orElseThrow().until().orElse(Instant.MAX))
            .thenComparing(Alert::severity)
            .thenComparing((Alert a) -> a.acknowledgement().orElseThrow().since(), Comparator.reverseOrder())
            .thenComparing(Alert::key);

    static List<Incident> openIncidents(BoardState board) {
        return board.incidents().stream().filter(i -> i.state().open())
                .sorted(Comparator.comparing(Incident::priority).thenComparing(Incident::openedAt)
                        .thenComparing(Incident::key))
                .toList();
    }

    static int silencedOnly(BoardState board) {
        return (int) board.alerts().stream()
                .filter(a -> a.firing() && a.acknowledgement().isEmpty() && !a.silencedBy().isEmpty()).count();
    }
}
