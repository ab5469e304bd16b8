package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WriteOutcomes;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Opens a ServiceNow incident for an alert (create-incident), linked to it through
 * {@code correlation_id} = the alert key ({@code <source>/<fingerprint>}).
 *
 * <p>First {@code GET /api/now/table/incident?sysparm_query=correlation_id=<key>}: an incident whose
 * description carries the action's marker means it was opened before (accepted, no second POST); an open
 * incident already linked to the alert refuses the action. Then one {@code POST /api/now/table/incident}
 * ({@code sysparm_input_display_value=true}) with short_description = title, a description naming the
 * alert (name, summary, labels, fingerprint, marker), impact/urgency for the priority, business_service
 * = the service's display name when known, caller_id = the operator and a work note. When the desk
 * refuses caller_id or business_service as an unknown reference (400 naming the field), the POST is
 * repeated once without it; nothing was created by the refused one. Thread-safe.
 */
final class IncidentOpening {
    /** Reference fields that are nice to have but must not stop an incident from being opened. */
    private static final List<String> OPTIONAL_REFERENCES = List.of("caller_id", "business_service");
    private static final List<String> RESULT_FIELDS = List.of("sys_id", "number", "state", "priority", "caller_id",
            "business_service", "correlation_id");

    private final SourceId source;
    private final SourceHttp http;
    private final TableApi api;
    private final int pageSize;

    IncidentOpening(SourceId source, SourceHttp http, TableApi api, int pageSize) {
        this.source = source;
        this.http = http;
        this.api = api;
        this.pageSize = pageSize;
    }

    ActionOutcome open(OperatorAction.CreateIncident c, ActionContext context) {
        if (!c.desk().equals(source)) {
            return IncidentActions.rejected("create-incident for desk " + c.desk() + " was sent to desk " + source);
        }
        Optional<Alert> alert = context.alert().filter(a -> a.fingerprint().equals(c.target().id()));
        String key = alert.map(Alert::key).orElse(c.target().key());
        String marker = ActionConnector.marker(c);
        List<JsonNode> linked;
        try {
            linked = Endpoints.firstAnswering(http.baseUrls(), IncidentActions.INSTANCES,
                    base -> api.list(base, "incident", linkedQuery(key), pageSize));
        } catch (SourceException e) {
            return WriteOutcomes.failedRead(e);
        }
        for (JsonNode row : linked) {
            if (!SnowValues.value(row, "correlation_id").equals(key)) {
                continue; // a desk that ignored the query part returns everything
            }
            String number = SnowValues.value(row, "number");
            if (SnowValues.value(row, "description").contains(marker)) {
                return new ActionOutcome.Accepted("already opened " + number, Optional.of(number));
            }
            if (List.of("1", "2", "3").contains(SnowValues.value(row, "state"))) {
                return IncidentActions.rejected(c.target().display() + " is already linked to open incident " + number);
            }
        }
        return post(c, fields(c, alert, context.service(), key, marker));
    }

    private ActionOutcome post(OperatorAction.CreateIncident c, Map<String, String> fields) {
        List<String> dropped = new ArrayList<>();
        while (true) {
            try {
                JsonNode created = Endpoints.firstConnecting(http.baseUrls(), IncidentActions.INSTANCES,
                        base -> api.post(base, "incident", IncidentActions.writeParams(RESULT_FIELDS),
                                IncidentActions.body(fields)));
                String number = SnowValues.value(created, "number");
                String ref = number.isEmpty() ? SnowValues.value(created, "sys_id") : number;
                return new ActionOutcome.Accepted("opened " + ref + " (" + c.priority() + ") for " + c.target().display()
                        + (dropped.isEmpty() ? "" : " without " + String.join(" and ", dropped) + ", unknown to the desk"),
                        Optional.of(ref));
            } catch (SourceException e) {
                Optional<String> unknown = unknownReference(e, fields);
                if (unknown.isEmpty()) {
                    return WriteOutcomes.failedWrite(e);
                }
                fields.remove(unknown.get());
                dropped.add(unknown.get());
            }
        }
    }

    private static Optional<String> unknownReference(SourceException e, Map<String, String> fields) {
        if (e.httpStatus() != 400) {
            return Optional.empty();
        }
        String reason = e.upstreamReason().orElse("");
        return OPTIONAL_REFERENCES.stream().filter(f -> fields.containsKey(f) && reason.contains(f)).findFirst();
    }

    private static Map<String, String> linkedQuery(String key) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sysparm_query", "correlation_id=" + key);
        p.put("sysparm_display_value", "false");
        p.put("sysparm_exclude_reference_link", "true");
        p.put("sysparm_fields", "sys_id,number,state,correlation_id,description");
        return p;
    }

    private static Map<String, String> fields(OperatorAction.CreateIncident c, Optional<Alert> alert,
                                              Optional<Service> service, String key, String marker) {
        String op = c.operator().name();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("short_description", c.title().strip());
        f.put("description", description(c, alert, key, marker));
        f.putAll(new TreeMap<>(IncidentPatch.impactUrgency(c.priority())));
        f.put("correlation_id", key);
        service.ifPresent(s -> f.put("business_service", s.displayName()));
        f.put("caller_id", op);
        f.put("work_notes", "Opened by " + op + IncidentPatch.VIA + " from alert " + c.target().display() + " (" + key
                + ") " + marker);
        return f;
    }

    private static String description(OperatorAction.CreateIncident c, Optional<Alert> alert, String key, String marker) {
        StringBuilder d = new StringBuilder();
        d.append("Alert ").append(alert.map(Alert::name).orElse(c.target().display())).append(" (").append(key).append(")\n");
        alert.ifPresent(a -> {
            d.append("Summary: ").append(a.summary()).append('\n');
            d.append("Severity: ").append(a.severity().label())
                    .append(", firing since ").append(a.startsAt()).append('\n');
            d.append("Labels:\n");
            new TreeMap<>(a.labels()).forEach((k, v) -> d.append("  ").append(k).append('=').append(v).append('\n'));
        });
        d.append("Fingerprint: ").append(c.target().id()).append('\n');
        d.append("Opened by ").append(c.operator().name()).append(IncidentPatch.VIA).append(' ').append(marker);
        return d.toString();
    }
}
