package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.connectors.WriteOutcomes;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import java.util.List;
import java.util.Optional;

/**
 * Operator actions on Icinga problems (targets are alerts; the target id is {@code host!service} or
 * {@code host}):
 * <ul>
 *   <li>acknowledge: {@code acknowledge-problem}, sticky (stays until the object is fully OK), no
 *       expiry, {@code author} = the operator, {@code comment} = the note (or "acknowledged via
 *       Watchfloor") plus the {@code [wf:<id>]} marker;</li>
 *   <li>unacknowledge: {@code remove-acknowledgement} with the operator as author;</li>
 *   <li>annotate: {@code add-comment} with the operator as author and the text plus marker.</li>
 * </ul>
 * Before acknowledging or commenting, the object's comments are read: one carrying the action's marker
 * means the action was already applied (a retry), answered Accepted without writing again. Icinga's
 * refusals (409 "... is OK", "... is already acknowledged", 404 no such object) are
 * {@link ActionOutcome.Rejected} with Icinga's own reason. Stateless; runs on the action thread.
 */
final class IcingaActions {
    private final IcingaApi api;

    IcingaActions(IcingaApi api) {
        this.api = api;
    }

    ActionOutcome perform(OperatorAction action) {
        IcingaObject target;
        try {
            target = IcingaObject.parse(action.target().id());
        } catch (IllegalArgumentException e) {
            return new ActionOutcome.Rejected(e.getMessage(), Optional.empty());
        }
        if (action instanceof OperatorAction.Acknowledge) {
            OperatorAction.Acknowledge ack = (OperatorAction.Acknowledge) action;
            return commentAction(action, target, 4, "acknowledge-problem",
                    ack.note().filter(n -> !n.isBlank()).orElse("acknowledged via Watchfloor"), true);
        }
        if (action instanceof OperatorAction.Annotate) {
            return commentAction(action, target, 1, "add-comment", ((OperatorAction.Annotate) action).text(), false);
        }
        if (action instanceof OperatorAction.Unacknowledge) {
            ObjectNode body = WireJson.object();
            body.put("author", action.operator().name());
            return write(action, target, "remove-acknowledgement", body);
        }
        return new ActionOutcome.Rejected("Icinga cannot " + action.kind().verb(), Optional.empty());
    }

    private ActionOutcome commentAction(OperatorAction action, IcingaObject target, int entryType, String name,
                                        String text, boolean acknowledge) {
        String marker = ActionConnector.marker(action);
        try {
            Optional<JsonNode> done = withMarker(api.comments(entryType), target, marker);
            if (done.isPresent()) {
                return new ActionOutcome.Accepted("already done: comment " + done.get().path("name").asText()
                        + " carries " + marker, Optional.of(done.get().path("name").asText()));
            }
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        ObjectNode body = WireJson.object();
        body.put("author", action.operator().name());
        body.put("comment", text.strip() + " " + marker);
        if (acknowledge) {
            body.put("sticky", true);
            body.put("notify", false);
        }
        return write(action, target, name, body);
    }

    private ActionOutcome write(OperatorAction action, IcingaObject target, String name, ObjectNode body) {
        try {
            JsonNode result = api.action(name, target, body);
            int code = result.path("code").asInt(200);
            String status = result.path("status").asText(name + " done");
            if (code >= 300) {
                return new ActionOutcome.Rejected(status, Optional.of(code));
            }
            Optional<String> reference = result.path("name").isTextual()
                    ? Optional.of(result.path("name").asText()) : Optional.of(target.fullName());
            return new ActionOutcome.Accepted(status, reference);
        } catch (SourceException e) {
            return WriteOutcomes.failedWrite(e);
        }
    }

    private static Optional<JsonNode> withMarker(List<JsonNode> comments, IcingaObject target, String marker) {
        for (JsonNode c : comments) {
            JsonNode a = c.path("attrs");
            boolean same = a.path("host_name").asText("").equals(target.host())
                    && a.path("service_name").asText("").equals(target.service().orElse(""));
            if (same && a.path("text").asText("").contains(marker)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
