package io.watchfloor.app.console;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * FX-thread confined. The detail pane's content for the focused row: the {@link Detail} (replaced only when it
 * changes, so the pane is not rebuilt every pulse) and the incident's SLA clocks, which {@link #tick} moves every
 * second from the injected clock with no network call.
 */
final class DetailViewModel {
    /**
     * One SLA clock line.
     *
     * @param name     the policy's name
     * @param origin   {@code DESK} or {@code COMPUTED}
     * @param kind     {@code response} or {@code resolution}
     * @param cell     countdown text, urgency and percent at the last tick
     * @param breachAt when it breaches (or breached), as a clock time
     */
    record ClockLine(String name, String origin, String kind, SlaCell cell, String breachAt) {
    }

    private final ActionLedger ledger;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Optional<Detail>> detail = new ReadOnlyObjectWrapper<>(this, "detail",
            Optional.empty());
    private final ObservableList<ClockLine> clocks = FXCollections.observableArrayList();
    private Optional<Incident> clockSubject = Optional.empty();

    DetailViewModel(ActionLedger ledger, ZoneId zone) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Shows {@code row} (nothing when empty) as it is on {@code board}. */
    void show(Optional<ConsoleRow> row, BoardState board, EscalationMatrix matrix, Instant now) {
        Detail.DetailContext cx = new Detail.DetailContext(board, matrix, ledger, now, zone);
        Optional<Detail> next = row.map(r -> r.incident().map(i -> Detail.of(i, cx))
                .orElseGet(() -> Detail.of(r.alert().orElseThrow(), cx)));
        if (!next.equals(detail.get())) {
            detail.set(next);
        }
        clockSubject = row.flatMap(ConsoleRow::incident);
        tick(now);
    }

    /** Moves the SLA countdowns to {@code now}. */
    void tick(Instant now) {
        List<ClockLine> lines = clockSubject.map(i -> i.clocks().stream().map(c -> line(c,
                now)).toList()).orElse(List.of());
        if (!lines.equals(clocks)) {
            clocks.setAll(lines);
        }
    }

    private ClockLine line(SlaClock c, Instant now) {
        return new ClockLine(c.name(), c.origin().name(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                SlaCell.of(c, now), ClockText.clockTime(c.breachAt(), now, zone));
    }

    ReadOnlyObjectProperty<Optional<Detail>> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    Optional<Detail> detail() {
        return detail.get();
    }

    ObservableList<ClockLine> clocks() {
        return clocks;
    }
}
