package io.watchfloor.app.wall;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.DurationStats;
import io.watchfloor.core.sla.MetricsReport;
import io.watchfloor.core.sla.ResponseMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). MTTA and MTTR per priority, today and over 7 days,
 * against the targets of the SLA policies, as the engine read them from the incident history (about once a
 * minute). A priority is listed when a policy sets a target for it or an incident of it finished in a window.
 * Read-only JavaFX properties, no {@code Node}s.
 */
final class MetricsViewModel {
    /** The window names the engine reports. */
    static final String TODAY = "today";
    static final String WEEK = "7 days";

    private final ReadOnlyListWrapper<MetricsRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyIntegerWrapper over = new ReadOnlyIntegerWrapper(this, "over");

    /** Takes a new snapshot. */
    void update(BoardState board) {
        Optional<MetricsReport> today = board.sla().metrics(TODAY);
        Optional<MetricsReport> week = board.sla().metrics(WEEK);
        ResponseMetrics targets = board.sla().targets();
        List<MetricsRow> list = new ArrayList<>();
        for (Priority p : Priority.values()) {
            MetricsRow row = new MetricsRow(p, Optional.ofNullable(targets.responseTargets().get(p)),
                    Optional.ofNullable(targets.resolutionTargets().get(p)),
                    cell(today, p, MetricsReport::mtta), cell(week, p, MetricsReport::mtta),
                    cell(today, p, MetricsReport::mttr), cell(week, p, MetricsReport::mttr));
            boolean anyData = List.of(row.mttaToday(), row.mttaWeek(), row.mttrToday(), row.mttrWeek()).stream()
                    .anyMatch(c -> c.stats().isPresent());
            if (row.responseTarget().isPresent() || row.resolutionTarget().isPresent() || anyData) {
                list.add(row);
            }
        }
        if (!list.equals(rows)) {
            rows.setAll(list);
        }
        loaded.set(today.isPresent() || week.isPresent());
        over.set((int) list.stream().flatMap(r -> List.of(r.mttaToday(), r.mttaWeek(), r.mttrToday(), r.mttrWeek())
                .stream()).filter(c -> c.verdict() == MetricsRow.Verdict.OVER).count());
    }

    private static MetricsRow.Cell cell(Optional<MetricsReport> report, Priority p,
                                        BiFunction<MetricsReport, Priority, Optional<DurationStats>> pick) {
        return MetricsRow.Cell.of(report.flatMap(r -> pick.apply(r, p)));
    }

    /** One row per priority with a target or data, P1 first. */
    ReadOnlyListProperty<MetricsRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Whether the engine has read the history yet. */
    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** How many of the means shown are over their target. */
    ReadOnlyIntegerProperty overProperty() {
        return over.getReadOnlyProperty();
    }
}
