package io.watchfloor.app.wall;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). Who acknowledged which firing alert and since when,
 * and which acknowledgements (silences with an end) are about to expire: those lapsing within
 * {@code expiryWarning} come first, soonest first, then the rest by severity and newest acknowledgement. Alerts
 * silenced without an acknowledgement are only counted. Read-only JavaFX properties, no {@code Node}s.
 */
final class AcknowledgementsViewModel {
    private final Duration expiryWarning;
    private List<Alert> acknowledged = List.of();
    private final ReadOnlyListWrapper<AckRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper expiring = new ReadOnlyIntegerWrapper(this, "expiring");
    private final ReadOnlyIntegerWrapper silencedOnly = new ReadOnlyIntegerWrapper(this, "silencedOnly");

    /** @param expiryWarning an acknowledgement ending within this is about to expire */
    AcknowledgementsViewModel(Duration expiryWarning) {
        this.expiryWarning = Objects.requireNonNull(expiryWarning, "expiryWarning");
    }

    /** Takes a new snapshot. */
    void update(BoardState board, Instant now) {
        apply(BoardDigest.acknowledged(board), BoardDigest.silencedOnly(board), now);
    }

    /** Takes a new snapshot digested elsewhere: its acknowledged firing alerts and those only silenced. */
    void apply(List<Alert> acknowledgedAlerts, int silencedOnlyCount, Instant now) {
        acknowledged = List.copyOf(acknowledgedAlerts);
        silencedOnly.set(silencedOnlyCount);
        tick(now);
    }

    /** Recomputes how long each has been held and how soon it expires. */
    void tick(Instant now) {
        List<AckRow> list = acknowledged.stream().map(a -> row(a, now))
                .sorted(Comparator.comparing((AckRow r) -> !r.expiring())
                        .thenComparing(r -> r.expiresIn().orElse(Duration.ofDays(3650)))
                        .thenComparing(AckRow::severity)
                        .thenComparing(AckRow::since, Comparator.reverseOrder())
                        .thenComparing(AckRow::alertKey))
                .toList();
        ListReplace.ifChanged(rows, list);
        expiring.set((int) list.stream().filter(AckRow::expiring).count());
    }

    private AckRow row(Alert a, Instant now) {
        Acknowledgement ack = a.acknowledgement().orElseThrow();
        Optional<Duration> left = ack.until().map(u -> Duration.between(now, u));
        boolean soon = left.map(d -> d.compareTo(expiryWarning) <= 0).orElse(false);
        Duration held = now.isBefore(ack.since()) ? Duration.ZERO : Duration.between(ack.since(), now);
        return new AckRow(a.key(), a.name(), a.service(), a.severity(), ack.by(), ack.since(), held, left, soon);
    }

    /** Acknowledged firing alerts, those about to expire first. */
    ReadOnlyListProperty<AckRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** How many acknowledgements lapse within the warning time. */
    ReadOnlyIntegerProperty expiringProperty() {
        return expiring.getReadOnlyProperty();
    }

    /** Firing alerts silenced without an acknowledgement. */
    ReadOnlyIntegerProperty silencedOnlyProperty() {
        return silencedOnly.getReadOnlyProperty();
    }
}
