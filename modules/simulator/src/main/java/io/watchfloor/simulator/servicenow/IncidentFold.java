package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.ChangeOrigin;
import io.watchfloor.simulator.scenario.IncidentChange;
import io.watchfloor.simulator.scenario.IncidentField;
import io.watchfloor.simulator.scenario.IncidentScript;
import io.watchfloor.simulator.scenario.JournalEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds an incident's scripted steps and operator writes, in time order, into its state at an instant.
 *
 * <p>Operator writes win over the scenario:
 * <ul>
 *   <li>once an operator resolves, closes or cancels an incident, the scenario no longer touches it;</li>
 *   <li>a field an operator wrote is not overwritten by later scripted steps, except that the scenario may
 *       still resolve an open incident (the resolver team finishing its work) and close a resolved one;</li>
 *   <li>when a scripted state change is skipped, its hold reason and close fields are skipped with it.</li>
 * </ul>
 * At equal instants scripted steps come first (the operator acted on what was already there).
 */
final class IncidentFold {
    private static final Set<IncidentField> TRANSITION_FIELDS =
            EnumSet.of(IncidentField.HOLD_REASON, IncidentField.CLOSE_CODE, IncidentField.CLOSE_NOTES);

    private final ReferenceData refs;
    private final Map<IncidentField, String> values = new EnumMap<>(IncidentField.class);
    private final Set<IncidentField> operatorFields = EnumSet.noneOf(IncidentField.class);
    private final List<IncidentView.JournalLine> journal = new ArrayList<>();
    private final List<IncidentView.Transition> history = new ArrayList<>();
    private boolean operatorClosed;
    private Instant updatedAt;
    private String updatedBy;
    private int modCount;
    private int reassignments;
    private Optional<Instant> resolvedAt = Optional.empty();
    private Optional<String> resolvedBy = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();

    private IncidentFold(ReferenceData refs) {
        this.refs = refs;
    }

    static IncidentView fold(IncidentScript script, List<IncidentChange> operator, Instant now, ReferenceData refs) {
        IncidentFold f = new IncidentFold(refs);
        f.values.putAll(script.opening());
        f.updatedAt = script.openedAt();
        f.updatedBy = refs.userNameOf(script.openedBy());
        f.record(script.openedAt());
        List<IncidentChange> changes = new ArrayList<>(script.steps());
        changes.addAll(operator);
        changes.sort(Comparator.comparing(IncidentChange::at).thenComparing(IncidentChange::origin));
        for (IncidentChange c : changes) {
            if (!c.at().isAfter(now)) {
                f.apply(c);
            }
        }
        return new IncidentView(f.values, script.openedAt(), script.openedBy(), f.updatedAt, f.updatedBy, f.modCount,
                f.resolvedAt, f.resolvedBy, f.closedAt, f.reassignments, f.journal, f.history);
    }

    private void apply(IncidentChange c) {
        boolean operator = c.origin() == ChangeOrigin.OPERATOR;
        if (!operator && operatorClosed) {
            return;
        }
        Map<IncidentField, String> accepted = operator ? c.values() : scriptedValues(c.values());
        if (accepted.isEmpty() && c.journal().isEmpty()) {
            return;
        }
        String before = values.get(IncidentField.STATE);
        String groupBefore = values.getOrDefault(IncidentField.ASSIGNMENT_GROUP, "");
        values.putAll(accepted);
        if (operator) {
            operatorFields.addAll(accepted.keySet());
            operatorClosed |= accepted.containsKey(IncidentField.STATE) && !IncidentChoices.active(accepted.get(IncidentField.STATE));
        }
        for (JournalEntry entry : c.journal()) {
            journal.add(new IncidentView.JournalLine(c.at(), c.author(), entry.workNote(), entry.text()));
        }
        if (!groupBefore.equals(values.getOrDefault(IncidentField.ASSIGNMENT_GROUP, ""))) {
            reassignments++;
        }
        stateEffects(before, c);
        modCount++;
        updatedAt = c.at();
        updatedBy = refs.userNameOf(c.author());
        record(c.at());
    }

    private Map<IncidentField, String> scriptedValues(Map<IncidentField, String> proposed) {
        Map<IncidentField, String> accepted = new EnumMap<>(IncidentField.class);
        String target = proposed.get(IncidentField.STATE);
        boolean stateSkipped = target != null && !scriptMayMoveTo(target);
        proposed.forEach((field, value) -> {
            boolean skip = field == IncidentField.STATE ? stateSkipped
                    : (stateSkipped && TRANSITION_FIELDS.contains(field)) || operatorFields.contains(field);
            if (!skip) {
                accepted.put(field, value);
            }
        });
        return accepted;
    }

    private boolean scriptMayMoveTo(String target) {
        String current = values.get(IncidentField.STATE);
        switch (target) {
            case "6":
            case "8":
                return IncidentChoices.active(current);
            case "7":
                return current.equals("6");
            default:
                return IncidentChoices.active(current) && !operatorFields.contains(IncidentField.STATE);
        }
    }

    private void stateEffects(String before, IncidentChange c) {
        String state = values.get(IncidentField.STATE);
        if (state.equals(before)) {
            return;
        }
        if (state.equals("6") || (state.equals("7") && resolvedAt.isEmpty())) {
            resolvedAt = Optional.of(c.at());
            resolvedBy = Optional.of(c.author());
        }
        if (state.equals("7")) {
            closedAt = Optional.of(c.at());
        }
        if (IncidentChoices.active(state)) {
            resolvedAt = Optional.empty();
            resolvedBy = Optional.empty();
            closedAt = Optional.empty();
        }
        if (!state.equals("3")) {
            values.put(IncidentField.HOLD_REASON, "");
        }
    }

    private void record(Instant at) {
        String state = values.get(IncidentField.STATE);
        boolean assigned = !values.getOrDefault(IncidentField.ASSIGNED_TO, "").isEmpty();
        int priority = IncidentChoices.priority(values.get(IncidentField.IMPACT), values.get(IncidentField.URGENCY));
        IncidentView.Transition last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last == null || !last.state().equals(state) || last.assigned() != assigned || last.priority() != priority) {
            history.add(new IncidentView.Transition(at, state, assigned, priority));
        }
    }
}
