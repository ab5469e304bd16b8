package io.watchfloor.app.wall;

import io.watchfloor.app.wall.config.OnCallEntry;
import io.watchfloor.app.wall.config.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). Who is on call or on shift now, from the config's
 * {@code wall.onCall}: every role in config order with whoever holds it at the tick (several people may), or
 * nobody. Read-only JavaFX properties, no {@code Node}s.
 */
final class OnCallViewModel {
    private final List<OnCallEntry> entries;
    private final ZoneId zone;
    private final ReadOnlyListWrapper<OnCallRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());

    OnCallViewModel(List<OnCallEntry> entries, ZoneId zone) {
        this.entries = List.copyOf(entries);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Recomputes who holds each role at {@code now}. */
    void tick(Instant now) {
        ZonedDateTime at = now.atZone(zone);
        Set<String> roles = new LinkedHashSet<>();
        entries.forEach(e -> roles.add(e.role()));
        List<OnCallRow> list = new ArrayList<>();
        for (String role : roles) {
            List<OnCallEntry> active = entries.stream().filter(e -> e.role().equals(role) && e.activeAt(at)).toList();
            if (active.isEmpty()) {
                list.add(new OnCallRow(role, Optional.empty(), Optional.empty(),
                        Optional.empty()));
            }
            for (OnCallEntry e : active) {
                list.add(new OnCallRow(role, Optional.of(e.name()), e.contact(),
                        e.hours().map(TimeWindow::end)));
            }
        }
        if (!list.equals(rows)) {
            rows.setAll(list);
        }
    }

    /** One row per role holder now (a role nobody holds has one row without a name). */
    ReadOnlyListProperty<OnCallRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Whether the config names anyone at all. */
    boolean configured() {
        return !entries.isEmpty();
    }
}
