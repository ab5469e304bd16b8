package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.PlannedAction;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.connectors.WriteOutcomes;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs operator actions on ServiceNow incidents. Each action costs three requests: it reads the
 * incident ({@code GET /api/now/table/incident/{sys_id}}, display values, including the journal text
 * of work_notes and comments) and its journal ({@code sys_journal_field}; skipped with option
 * {@code journal: false}, tolerated when the desk refuses it), then writes once ({@code PATCH}, {@code sysparm_input_display_value=true}
 * so people and groups are given by name). An action whose marker is already in the journal was applied
 * before and is accepted without writing again. On an action's first try ({@link ActionContext#earlierTry()}
 * false) there is no earlier write to find: the journal is not read and the incident is read without its
 * journal text, two requests instead of three (ADR 0009); an incident already Resolved, Closed or Canceled, or an
 * action that conflicts with the incident as it is now ({@link IncidentPatch#plan}), is refused without
 * writing. A batch of first tries ({@link #performAll}) reads its incidents in one request and then writes
 * each: one request per action and one for the batch. Create-incident is delegated to {@link IncidentOpening}.
 * Thread-safe; blocks on network IO.
 */
final class IncidentActions {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentActions.class);
    static final String INSTANCES = "ServiceNow instances";
    /** How old a batch's read of an incident may be when its write comes; older, it is read again on its own. */
    static final Duration READ_AHEAD_FOR = Duration.ofSeconds(2);
    /** The fields the PATCH answer carries back. */
    static final List<String> RESULT_FIELDS = List.of("sys_id", "number", "state", "assigned_to", "assignment_group",
            "priority", "sys_updated_on");

    private final SourceId source;
    private final SourceHttp http;
    private final TableApi api;
    private final JournalReader journal;
    private final boolean readJournal;
    private final IncidentOpening opening;

    /**
     * @param readJournal whether to read {@code sys_journal_field} before writing (the connector's
     *                    {@code journal} option)
     */
    IncidentActions(SourceId source, SourceHttp http, TableApi api, JournalReader journal, boolean readJournal,
                    IncidentOpening opening) {
        this.source = source;
        this.http = http;
        this.api = api;
        this.journal = journal;
        this.readJournal = readJournal;
        this.opening = opening;
    }

    ActionOutcome perform(OperatorAction action, ActionContext context) {
        return perform(action, context, Map.of());
    }

    /**
     * Performs a batch (on distinct targets) in turn. The incidents of its first-try updates, when there are two
     * or more, are read in one request ({@code sysparm_query=sys_idIN<a>,<b>,...}, the fields and display values
     * {@link #perform} reads one by one) before the first write; each of them is then judged on that read, as
     * fresh as the batch, unless it is older than {@link #READ_AHEAD_FOR} by the time its turn comes, when the
     * incident is read again on its own. An incident the list does not return (deleted, not visible) and every
     * other action are read as {@link #perform} reads them; so are all of them when the list cannot be read.
     */
    List<ActionOutcome> performAll(List<PlannedAction> batch, BooleanSupplier goOn) {
        long readAt = System.nanoTime();
        Map<String, DeskIncident> readAhead = readAhead(batch);
        List<ActionOutcome> out = new ArrayList<>();
        for (PlannedAction p : batch) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            boolean fresh = System.nanoTime() - readAt <= READ_AHEAD_FOR.toNanos();
            out.add(perform(p.action(), p.context(), fresh ? readAhead : Map.of()));
        }
        return out;
    }

    /** The incidents of the batch's first-try updates by sys_id, read together; empty when fewer than two. */
    private Map<String, DeskIncident> readAhead(List<PlannedAction> batch) {
        List<String> ids = batch.stream().filter(IncidentActions::firstTryUpdate)
                .map(p -> p.action().target().id()).distinct().toList();
        if (ids.size() < 2) {
            return Map.of();
        }
        Map<String, DeskIncident> read = new HashMap<>();
        try {
            for (List<String> chunk : JournalReader.chunks(ids, JournalReader.MAX_ID_CHARS)) {
                Map<String, String> params = readParams(false);
                params.put("sysparm_query", "sys_idIN" + String.join(",", chunk));
                List<JsonNode> rows = Endpoints.firstAnswering(http.baseUrls(), INSTANCES,
                        base -> api.firstPage(base, "incident", params, chunk.size()));
                for (JsonNode row : rows) {
                    // A desk that ignored the query would list other incidents too: keep only those asked for.
                    String sysId = SnowValues.value(row, "sys_id");
                    if (chunk.contains(sysId)) {
                        read.putIfAbsent(sysId, DeskIncident.from(row));
                    }
                }
            }
        } catch (SourceException e) {
            LOG.debug("source {}: {} incidents not readable together, reading them one by one: {}", source,
                    ids.size(), e.getMessage());
            return Map.of();
        }
        return read;
    }

    /** An update whose claim says it is its first try: its incident is read without its journal. */
    private static boolean firstTryUpdate(PlannedAction p) {
        OperatorAction a = p.action();
        return !p.context().earlierTry() && a.target().type() == TargetRef.Type.INCIDENT
                && !(a instanceof OperatorAction.CreateIncident) && !(a instanceof OperatorAction.Silence);
    }

    private ActionOutcome perform(OperatorAction action, ActionContext context, Map<String, DeskIncident> readAhead) {
        ActionOutcome outcome;
        if (action instanceof OperatorAction.CreateIncident) {
            outcome = opening.open((OperatorAction.CreateIncident) action, context);
        } else {
            Optional<DeskIncident> read = context.earlierTry() ? Optional.empty()
                    : Optional.ofNullable(readAhead.get(action.target().id()));
            outcome = update(action, context.earlierTry(), read);
        }
        LOG.debug("source {}: {} {} by {}: {}", source, action.kind().verb(), action.target().key(),
                action.operator().name(), outcome.summary());
        return outcome;
    }

    /**
     * @param earlierTry whether to look for an earlier try's marker (ADR 0009)
     * @param readAhead  the incident as read for the batch (first tries only), or empty: read it now
     */
    private ActionOutcome update(OperatorAction action, boolean earlierTry, Optional<DeskIncident> readAhead) {
        TargetRef target = action.target();
        if (!target.source().equals(source)) {
            return rejected(action.kind().verb() + " of " + target.key() + " was sent to source " + source);
        }
        if (target.type() != TargetRef.Type.INCIDENT) {
            return rejected("servicenow cannot " + action.kind().verb() + " an alert");
        }
        if (action instanceof OperatorAction.Silence) {
            return rejected("servicenow cannot silence an incident");
        }
        String sysId = target.id();
        DeskIncident now;
        List<JournalNote> notes;
        try {
            now = readAhead.isPresent() ? readAhead.get() : Endpoints.firstAnswering(http.baseUrls(), INSTANCES,
                    base -> DeskIncident.from(api.get(base, "incident", sysId, readParams(earlierTry))));
            notes = earlierTry ? notes(sysId) : List.of();
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        String marker = ActionConnector.marker(action);
        Optional<JournalNote> done = notes.stream().filter(n -> n.text().contains(marker)).findFirst();
        if (done.isPresent() || now.journalText().contains(marker)) {
            return new ActionOutcome.Accepted(now.number() + ": already done" + done.map(n -> " (journal entry of "
                    + n.at() + ")").orElse(""), Optional.of(now.number()));
        }
        if (now.settled()) {
            return rejected(now.settledReason());
        }
        IncidentPatch.Plan plan = IncidentPatch.plan(action, now);
        if (plan.refusal().isPresent()) {
            return rejected(plan.refusal().get());
        }
        IncidentPatch patch = plan.patch().orElseThrow();
        JsonNode result;
        try {
            result = Endpoints.firstConnecting(http.baseUrls(), INSTANCES,
                    base -> api.patch(base, "incident", sysId, writeParams(RESULT_FIELDS), body(patch.fields())));
        } catch (SourceException e) {
            return WriteOutcomes.failedWrite(e);
        }
        return new ActionOutcome.Accepted(patch.summary() + unassigned(patch, result), Optional.of(now.number()));
    }

    /**
     * The incident's journal entries, to find an earlier attempt of the action. When the journal is switched
     * off or the desk will not show it (a 4xx such as an ACL's 403), none: the journal text rendered in the
     * incident's own work_notes/comments display values is then the only evidence of an earlier attempt.
     */
    private List<JournalNote> notes(String sysId) throws SourceException {
        if (!readJournal) {
            return List.of();
        }
        try {
            return Endpoints.firstAnswering(http.baseUrls(), INSTANCES,
                    base -> journal.read(base, List.of(sysId)).getOrDefault(sysId, List.of()));
        } catch (SourceException e) {
            int status = e.httpStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) {
                LOG.debug("source {}: journal of {} not readable, relying on its work notes: {}", source, sysId,
                        e.getMessage());
                return List.of();
            }
            throw e;
        }
    }

    /** A note when the desk took the write but left out the assignee (a name it does not know). */
    private static String unassigned(IncidentPatch patch, JsonNode result) {
        String wanted = patch.fields().getOrDefault("assigned_to", "");
        if (wanted.isEmpty() || !result.has("assigned_to") || !SnowValues.display(result, "assigned_to").isEmpty()) {
            return "";
        }
        return "; but ServiceNow left it unassigned (is '" + wanted + "' a user there?)";
    }

    /** @param journal whether to read the journal text too (work_notes and comments), to find a marker in it */
    static Map<String, String> readParams(boolean journal) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sysparm_display_value", "all");
        p.put("sysparm_exclude_reference_link", "true");
        p.put("sysparm_fields", String.join(",", journal ? DeskIncident.FIELDS : DeskIncident.FIELDS_BUT_JOURNAL));
        return p;
    }

    /** Names instead of sys_ids in, display and raw values out. */
    static Map<String, String> writeParams(List<String> fields) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sysparm_input_display_value", "true");
        p.put("sysparm_display_value", "all");
        p.put("sysparm_exclude_reference_link", "true");
        p.put("sysparm_fields", String.join(",", fields));
        return p;
    }

    static ObjectNode body(Map<String, String> fields) {
        ObjectNode body = WireJson.object();
        fields.forEach(body::put);
        return body;
    }

    static ActionOutcome rejected(String reason) {
        return new ActionOutcome.Rejected(reason, Optional.empty());
    }
}
