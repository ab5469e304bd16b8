package io.watchfloor.connectors.servicenow;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one operator action writes to a ServiceNow incident (API-NOTES 0 and 3.4): the PATCH body, with
 * names for people and groups ({@code sysparm_input_display_value=true}), and always a work note or
 * comment that names the operator and carries the action's marker. Built from the incident as read
 * just before the write, so it can refuse actions that conflict with it. Immutable.
 *
 * @param fields  field name to value, in the order sent
 * @param summary what the write does, for people ("INC0010001 acknowledged by alice")
 */
record IncidentPatch(Map<String, String> fields, String summary) {
    /** The work-note prefix of an acknowledgement; the read side looks for it (see {@link IncidentHistory}). */
    static final String ACKNOWLEDGED_BY = "Acknowledged by ";
    /** The work-note prefix of a withdrawn acknowledgement. */
    static final String WITHDRAWN_BY = "Acknowledgement withdrawn by ";
    static final String VIA = " via Watchfloor";

    IncidentPatch {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Objects.requireNonNull(summary, "summary");
    }

    /** A plan: the patch, or why the action must not be applied to the incident as it is now. */
    record Plan(Optional<IncidentPatch> patch, Optional<String> refusal) {
        static Plan of(Map<String, String> fields, String summary) {
            return new Plan(Optional.of(new IncidentPatch(fields, summary)), Optional.empty());
        }

        static Plan refuse(String reason) {
            return new Plan(Optional.empty(), Optional.of(reason));
        }
    }

    /** Impact and urgency that give {@code p} under the standard priority lookup (impact + urgency - 1). */
    static Map<String, String> impactUrgency(Priority p) {
        switch (p) {
            case P1: return Map.of("impact", "1", "urgency", "1");
            case P2: return Map.of("impact", "1", "urgency", "2");
            case P3: return Map.of("impact", "2", "urgency", "2");
            case P4: return Map.of("impact", "2", "urgency", "3");
            default: return Map.of("impact", "3", "urgency", "3");
        }
    }

    /** The write for an incident action (not create-incident), or why not. */
    static Plan plan(OperatorAction action, DeskIncident now) {
        String op = action.operator().name();
        String marker = ActionConnector.marker(action);
        Map<String, String> f = new LinkedHashMap<>();
        if (action instanceof OperatorAction.Acknowledge) {
            OperatorAction.Acknowledge ack = (OperatorAction.Acknowledge) action;
            if (now.state() == 2 && now.assigned() && !now.assignedTo(op)) {
                return Plan.refuse(now.number() + " is already acknowledged by " + now.assignee() + " (In Progress)");
            }
            f.put("state", "2");
            f.put("assigned_to", op);
            f.put("work_notes", ACKNOWLEDGED_BY + op + VIA + ack.note().map(n -> ": " + n).orElse("") + " " + marker);
            return Plan.of(f, now.number() + " acknowledged by " + op + " (In Progress)");
        }
        if (action instanceof OperatorAction.Unacknowledge) {
            if (now.state() == 1 && !now.assigned()) {
                return Plan.refuse(now.number() + " is not acknowledged");
            }
            f.put("assigned_to", "");
            f.put("state", "1");
            f.put("work_notes", WITHDRAWN_BY + op + VIA + " " + marker);
            return Plan.of(f, now.number() + " unassigned and back to New");
        }
        if (action instanceof OperatorAction.Escalate) {
            return escalate((OperatorAction.Escalate) action, now, f);
        }
        if (action instanceof OperatorAction.Annotate) {
            OperatorAction.Annotate note = (OperatorAction.Annotate) action;
            f.put(note.customerVisible() ? "comments" : "work_notes", note.text().strip() + " \u2014 " + op + " " + marker);
            return Plan.of(f, (note.customerVisible() ? "comment added to " : "work note added to ") + now.number());
        }
        if (action instanceof OperatorAction.Assign) {
            return assign((OperatorAction.Assign) action, now, f);
        }
        if (action instanceof OperatorAction.Resolve) {
            OperatorAction.Resolve resolve = (OperatorAction.Resolve) action;
            f.put("state", "6");
            f.put("close_code", resolve.closeCode());
            f.put("close_notes", resolve.notes());
            f.put("work_notes", "Resolved by " + op + VIA + " (" + resolve.closeCode() + ") " + marker);
            return Plan.of(f, now.number() + " resolved (" + resolve.closeCode() + ")");
        }
        return Plan.refuse("servicenow cannot " + action.kind().verb() + " an incident");
    }

    private static Plan escalate(OperatorAction.Escalate e, DeskIncident now, Map<String, String> f) {
        e.toGroup().ifPresent(g -> f.put("assignment_group", g));
        Optional<Priority> raise = e.toPriority().filter(p -> now.priority() == 0 || p.code() < now.priority());
        raise.ifPresent(p -> f.putAll(new TreeMap<>(impactUrgency(p))));
        StringBuilder where = new StringBuilder();
        e.toGroup().ifPresent(where::append);
        raise.ifPresent(p -> where.append(where.length() == 0 ? "" : ", ").append("priority ").append(p.name()));
        String tier = "tier " + (e.toTier() + 1) + (where.length() == 0 ? "" : " (" + where + ")");
        f.put("work_notes", "Escalated to " + tier + " by " + e.operator().name() + ": " + e.reason().strip() + " "
                + ActionConnector.marker(e));
        return Plan.of(f, now.number() + " escalated to " + tier);
    }

    private static Plan assign(OperatorAction.Assign a, DeskIncident now, Map<String, String> f) {
        a.assignee().ifPresent(p -> f.put("assigned_to", p));
        a.group().ifPresent(g -> f.put("assignment_group", g));
        String to = a.assignee().orElse("") + a.group().map(g -> (a.assignee().isPresent() ? " in group " : "group ") + g)
                .orElse("");
        f.put("work_notes", "Assigned to " + to + " by " + a.operator().name() + VIA + " " + ActionConnector.marker(a));
        return Plan.of(f, now.number() + " assigned to " + to);
    }
}
