package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.IncidentField;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An incident as of one instant, after folding its scripted and operator changes. Immutable.
 *
 * @param values            current field values (names for people, groups and services)
 * @param openedAt          opening instant
 * @param openedBy          who opened it (person name or login)
 * @param updatedAt         last applied change
 * @param updatedBy         login name of the last author
 * @param modCount          number of applied changes
 * @param resolvedAt        when resolved (state 6 or 7)
 * @param resolvedBy        who resolved it
 * @param closedAt          when closed (state 7)
 * @param reassignmentCount assignment group changes after opening
 * @param journal           journal lines, oldest first
 * @param history           state, assignment and priority after each change, oldest first
 */
record IncidentView(Map<IncidentField, String> values, Instant openedAt, String openedBy, Instant updatedAt,
                    String updatedBy, int modCount, Optional<Instant> resolvedAt, Optional<String> resolvedBy,
                    Optional<Instant> closedAt, int reassignmentCount, List<JournalLine> journal,
                    List<Transition> history) {

    IncidentView {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        journal = List.copyOf(journal);
        history = List.copyOf(history);
    }

    /** One journal entry. */
    record JournalLine(Instant at, String author, boolean workNote, String text) {
    }

    /** What the SLA engine needs after each change. */
    record Transition(Instant at, String state, boolean assigned, int priority) {
    }

    String value(IncidentField field) {
        return values.getOrDefault(field, "");
    }

    String state() {
        return value(IncidentField.STATE);
    }

    int priority() {
        return IncidentChoices.priority(value(IncidentField.IMPACT), value(IncidentField.URGENCY));
    }

    boolean active() {
        return IncidentChoices.active(state());
    }
}
