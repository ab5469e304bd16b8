package io.watchfloor.app.console;

import io.watchfloor.core.Alert;
import io.watchfloor.core.Incident;
import io.watchfloor.core.TargetRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * FX-thread confined (or the test's thread): one line of the console's list, for one alert or incident, identified
 * by its key ({@code Alert.key()} / {@code Incident.key()}) for as long as the board has it. The row object stays
 * the same across snapshots and its properties change in place, so the table keeps the selection, the scroll
 * position and the sort. {@link #revisionProperty()} changes whenever anything the filter or the sort reads
 * changes: it is the list's extractor.
 */
final class ConsoleRow {
    /** What a row stands for. */
    enum Kind {
        INCIDENT,
        ALERT
    }

    private final String key;
    private final Kind kind;
    private Alert alert;
    private Incident incident;
    private final ReadOnlyObjectWrapper<RowValues> values = new ReadOnlyObjectWrapper<>(this, "values");
    private final ReadOnlyStringWrapper age = new ReadOnlyStringWrapper(this, "age", "");
    private final ReadOnlyObjectWrapper<SlaCell> sla = new ReadOnlyObjectWrapper<>(this, "sla", SlaCell.NONE);
    private final ReadOnlyObjectWrapper<RowMarker> marker = new ReadOnlyObjectWrapper<>(this, "marker", RowMarker.NONE);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    private ConsoleRow(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    static ConsoleRow of(Alert a, RowValues v) {
        ConsoleRow row = new ConsoleRow(a.key(), Kind.ALERT);
        row.show(a, v);
        return row;
    }

    static ConsoleRow of(Incident i, RowValues v) {
        ConsoleRow row = new ConsoleRow(i.key(), Kind.INCIDENT);
        row.show(i, v);
        return row;
    }

    /** Shows the alert's newest values; returns whether anything changed. */
    boolean show(Alert a, RowValues v) {
        requireKey(a.key(), Kind.ALERT);
        alert = a;
        return setValues(v);
    }

    /** Shows the incident's newest values; returns whether anything changed. */
    boolean show(Incident i, RowValues v) {
        requireKey(i.key(), Kind.INCIDENT);
        incident = i;
        return setValues(v);
    }

    private void requireKey(String k, Kind expected) {
        if (!key.equals(k) || kind != expected) {
            throw new IllegalArgumentException("row " + key + " (" + kind + ") cannot show " + k + " (" + expected
                    + ")");
        }
    }

    private boolean setValues(RowValues v) {
        Objects.requireNonNull(v, "values");
        if (v.equals(values.get())) {
            return false;
        }
        values.set(v);
        revision.set(revision.get() + 1);
        return true;
    }

    /** Moves the parts that follow the clock: the age and the SLA countdown. */
    void tick(Instant now) {
        RowValues v = values.get();
        setIfChanged(age, ClockText.ageAt(v.since(), now));
        SlaCell cell = incident().map(i -> SlaCell.of(i.mostUrgentClock(now), now)).orElse(SlaCell.NONE);
        if (!cell.equals(sla.get())) {
            sla.set(cell);
        }
    }

    void setMarker(RowMarker m) {
        if (!m.equals(marker.get())) {
            marker.set(m);
        }
    }

    private static void setIfChanged(ReadOnlyStringWrapper p, String value) {
        if (!value.equals(p.get())) {
            p.set(value);
        }
    }

    String key() {
        return key;
    }

    Kind kind() {
        return kind;
    }

    Optional<Alert> alert() {
        return Optional.ofNullable(alert);
    }

    Optional<Incident> incident() {
        return Optional.ofNullable(incident);
    }

    /** The row's subject as an action target. */
    TargetRef target() {
        return kind == Kind.ALERT ? TargetRef.of(alert) : TargetRef.of(incident);
    }

    RowValues values() {
        return values.get();
    }

    ReadOnlyObjectProperty<RowValues> valuesProperty() {
        return values.getReadOnlyProperty();
    }

    ReadOnlyStringProperty ageProperty() {
        return age.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SlaCell> slaProperty() {
        return sla.getReadOnlyProperty();
    }

    RowMarker marker() {
        return marker.get();
    }

    ReadOnlyObjectProperty<RowMarker> markerProperty() {
        return marker.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return kind + " " + key;
    }
}
