package io.watchfloor.app.wall;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.PeakWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * Thread-confined (the FX thread once a view binds to it). The escalations the engine proposes: those due now
 * first, by priority then oldest first (a person accepts one in the console with Shift+E, or the engine sent it
 * itself), then the
 * upcoming ones, soonest first ("escalates at 14:05 to Shift lead"), and the peak windows active now. Waits and
 * countdowns move every {@link #tick}; read-only JavaFX properties, no {@code Node}s.
 */
final class EscalationsViewModel {
    private final ZoneId zone;
    private BoardState board;
    private Map<String, Incident> incidents = Map.of();
    private final ReadOnlyListWrapper<EscalationRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper due = new ReadOnlyIntegerWrapper(this, "due");
    private final ReadOnlyIntegerWrapper upcoming = new ReadOnlyIntegerWrapper(this, "upcoming");
    private final ReadOnlyStringWrapper peaks = new ReadOnlyStringWrapper(this, "peaks", "");

    EscalationsViewModel(ZoneId zone, Instant start) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.board = BoardState.empty(start);
    }

    /** Takes a new snapshot. */
    void update(BoardState state, Instant now) {
        board = Objects.requireNonNull(state, "state");
        incidents = state.incidents().stream().collect(Collectors.toMap(Incident::key, Function.identity(), (a, b) -> a));
        due.set(state.sla().due().size());
        upcoming.set((int) state.sla().upcoming().keySet().stream().filter(incidents::containsKey).count());
        peaks.set(state.sla().activePeaks().stream().map(PeakWindow::name).collect(Collectors.joining(", ")));
        tick(now);
    }

    /** Moves the waits and countdowns to {@code now}. */
    void tick(Instant now) {
        List<EscalationRow> list = new ArrayList<>();
        List<DueEscalation> due = board.sla().due().stream()
                .sorted(Comparator.comparing((DueEscalation d) -> priorityOf(d.incidentKey()))
                        .thenComparing(d -> d.proposal().dueAt()))
                .toList();
        for (DueEscalation d : due) {
            Optional<Incident> i = Optional.ofNullable(incidents.get(d.incidentKey()));
            if (i.isPresent()) {
                EscalationRow.Stage stage = d.performed() ? EscalationRow.Stage.SENT : EscalationRow.Stage.DUE;
                list.add(row(d.proposal(), i.get(), stage, now, d.autoActionId().map(this::actionNote).orElse("")));
            }
        }
        board.sla().upcoming().values().stream()
                .filter(p -> incidents.containsKey(p.incidentKey()))
                .sorted(Comparator.comparing(EscalationProposal::dueAt).thenComparing(EscalationProposal::incidentKey))
                .forEach(p -> list.add(row(p, incidents.get(p.incidentKey()), EscalationRow.Stage.UPCOMING, now, "")));
        ListReplace.ifChanged(rows, list);
    }

    private Priority priorityOf(String incidentKey) {
        Incident i = incidents.get(incidentKey);
        return i == null ? Priority.P5 : i.priority();
    }

    private EscalationRow row(EscalationProposal p, Incident i, EscalationRow.Stage stage, Instant now, String note) {
        Duration wait = stage == EscalationRow.Stage.UPCOMING ? Duration.between(now, p.dueAt())
                : Duration.between(p.dueAt(), now);
        return new EscalationRow(i.key(), i.number(), i.priority(), i.title(), p.from().name(), p.to().who(),
                p.reason(), stage, WallTimes.clockTime(p.dueAt(), now, zone), wait.isNegative() ? Duration.ZERO : wait,
                note);
    }

    /** Where the engine's own escalate action stands: "sending", "queued", "done", "refused: ...". */
    private String actionNote(String actionId) {
        Optional<ActionStatus> s = board.actions().stream().filter(a -> a.action().id().equals(actionId)).findFirst();
        if (s.isEmpty()) {
            return "sent";
        }
        Optional<ActionOutcome> outcome = s.get().outcome();
        if (outcome.isEmpty()) {
            return s.get().queued() ? "queued" : "sending";
        }
        ActionOutcome o = outcome.get();
        if (o instanceof ActionOutcome.Accepted) {
            return "done";
        }
        if (o instanceof ActionOutcome.Rejected r) {
            return "refused: " + r.reason();
        }
        return "failed: " + ((ActionOutcome.Failed) o).reason();
    }

    /** Due escalations first, then upcoming ones. */
    ReadOnlyListProperty<EscalationRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** How many escalations are due now. */
    ReadOnlyIntegerProperty dueProperty() {
        return due.getReadOnlyProperty();
    }

    /** How many incidents have an upcoming escalation. */
    ReadOnlyIntegerProperty upcomingProperty() {
        return upcoming.getReadOnlyProperty();
    }

    /** The names of the peak windows active now, comma-separated; empty when none. */
    ReadOnlyStringProperty peaksProperty() {
        return peaks.getReadOnlyProperty();
    }
}
