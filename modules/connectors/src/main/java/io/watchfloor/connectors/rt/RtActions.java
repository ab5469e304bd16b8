package io.watchfloor.connectors.rt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.connectors.WriteOutcomes;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operator actions on RT tickets (targets are incidents; the target id is the ticket id). Every action
 * leaves a note carrying {@code [wf:<id>]}; the ticket's attachments are read first, and a note with the
 * marker means the action was already applied (a retry): Accepted without writing again.
 * <ul>
 *   <li>acknowledge: {@code PUT /ticket/{id}/take} (the API user takes it), then an internal comment
 *       "acknowledged by <operator>[: note]";</li>
 *   <li>unacknowledge: {@code PUT /ticket/{id}/untake};</li>
 *   <li>escalate: {@code PUT /ticket/{id}} with Queue = the tier's group, Priority = the tier's priority and
 *       SLA = the level the {@code slaByPriority} option names for it, then a comment with the reason;</li>
 *   <li>annotate: {@code POST /ticket/{id}/comment}, or {@code /correspond} when customer-visible;</li>
 *   <li>assign: {@code PUT /ticket/{id}} with Owner and/or Queue; resolve: Status resolved plus a comment.</li>
 * </ul>
 * RT answers a PUT with 200 and a list of messages even for what it refused ("Queue X does not exist"), so
 * every PUT is checked by reading the ticket back: a field that did not take is {@link ActionOutcome.Rejected}
 * with RT's messages. Stateless; runs on the action thread.
 */
final class RtActions {
    private final RtApi api;
    private final Map<Priority, String> slaByPriority;

    RtActions(RtApi api, Map<Priority, String> slaByPriority) {
        this.api = api;
        this.slaByPriority = Map.copyOf(slaByPriority);
    }

    ActionOutcome perform(OperatorAction action) {
        String id = action.target().id();
        String marker = ActionConnector.marker(action);
        String who = action.operator().name();
        try {
            if (alreadyDone(id, marker)) {
                return new ActionOutcome.Accepted("already done: ticket " + id + " carries " + marker, Optional.of(id));
            }
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        try {
            if (action instanceof OperatorAction.Acknowledge) {
                List<String> said = api.put(id, "take", WireJson.object());
                String note = ((OperatorAction.Acknowledge) action).note().map(n -> ": " + n).orElse("");
                return noted(id, false, "acknowledged by " + who + " via Watchfloor" + note + " " + marker, said);
            }
            if (action instanceof OperatorAction.Unacknowledge) {
                return new ActionOutcome.Accepted(String.join("; ", api.put(id, "untake", WireJson.object())), Optional.of(id));
            }
            if (action instanceof OperatorAction.Annotate) {
                OperatorAction.Annotate a = (OperatorAction.Annotate) action;
                return noted(id, a.customerVisible(), a.text().strip() + " " + marker, List.of());
            }
            if (action instanceof OperatorAction.Escalate) {
                return escalate(id, (OperatorAction.Escalate) action, marker);
            }
            if (action instanceof OperatorAction.Assign) {
                OperatorAction.Assign a = (OperatorAction.Assign) action;
                ObjectNode body = WireJson.object();
                a.assignee().ifPresent(o -> body.put("Owner", o));
                a.group().ifPresent(g -> body.put("Queue", g));
                return changed(id, body, "assigned by " + who + " " + marker);
            }
            if (action instanceof OperatorAction.Resolve) {
                OperatorAction.Resolve r = (OperatorAction.Resolve) action;
                ObjectNode body = WireJson.object();
                body.put("Status", "resolved");
                return changed(id, body, "resolved by " + who + " (" + r.closeCode() + "): " + r.notes() + " " + marker);
            }
        } catch (SourceException e) {
            return WriteOutcomes.failedWrite(e);
        }
        return new ActionOutcome.Rejected("RT cannot " + action.kind().verb(), Optional.empty());
    }

    private ActionOutcome escalate(String id, OperatorAction.Escalate e, String marker) throws SourceException {
        ObjectNode body = WireJson.object();
        e.toGroup().ifPresent(g -> body.put("Queue", g));
        e.toPriority().ifPresent(p -> {
            body.put("Priority", RtPriority.write(p));
            Optional.ofNullable(slaByPriority.get(p)).ifPresent(level -> body.put("SLA", level));
        });
        String to = e.toGroup().orElse("tier " + e.toTier());
        String note = "escalated to " + to + " by " + e.operator().name() + ": " + e.reason() + " " + marker;
        if (body.isEmpty()) {
            return noted(id, false, note, List.of());
        }
        return changed(id, body, note);
    }

    /** PUTs {@code body}, checks that every field took, then comments {@code note}. */
    private ActionOutcome changed(String id, ObjectNode body, String note) throws SourceException {
        List<String> said = api.put(id, "", body);
        JsonNode ticket = api.ticket(id);
        Optional<String> refused = refused(body, ticket);
        if (refused.isPresent()) {
            return new ActionOutcome.Rejected("RT did not change " + refused.get() + ": " + String.join("; ", said), Optional.empty());
        }
        return noted(id, false, note, said);
    }

    private ActionOutcome noted(String id, boolean correspond, String text, List<String> before) throws SourceException {
        List<String> said = api.note(id, correspond, text);
        StringBuilder detail = new StringBuilder("ticket ").append(id).append(": ");
        before.forEach(m -> detail.append(m).append("; "));
        detail.append(String.join("; ", said));
        return new ActionOutcome.Accepted(detail.toString(), Optional.of(id));
    }

    /** The first field of {@code body} the ticket does not show afterwards (queues are returned by id, read by name). */
    private Optional<String> refused(ObjectNode body, JsonNode ticket) throws SourceException {
        if (body.has("Status") && !ticket.path("Status").asText().equalsIgnoreCase(body.get("Status").asText())) {
            return Optional.of("Status");
        }
        if (body.has("Owner") && !ownerName(ticket).equalsIgnoreCase(body.get("Owner").asText())) {
            return Optional.of("Owner");
        }
        if (body.has("Priority") && ticket.path("Priority").asInt(-1) != body.get("Priority").asInt()) {
            return Optional.of("Priority");
        }
        if (body.has("SLA") && !ticket.path("SLA").asText().equals(body.get("SLA").asText())) {
            return Optional.of("SLA");
        }
        if (body.has("Queue")) {
            List<JsonNode> found = api.tickets("id = " + Integer.parseInt(ticket.path("id").asText("0")), 1);
            String queue = found.isEmpty() ? "" : found.get(0).path("Queue").path("Name").asText();
            if (!queue.equalsIgnoreCase(body.get("Queue").asText())) {
                return Optional.of("Queue");
            }
        }
        return Optional.empty();
    }

    private static String ownerName(JsonNode ticket) {
        JsonNode o = ticket.path("Owner");
        return o.path("Name").isTextual() ? o.path("Name").asText() : o.path("id").asText();
    }

    private boolean alreadyDone(String id, String marker) throws SourceException {
        for (JsonNode a : api.attachments(id)) {
            if (a.path("Content").asText("").contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
