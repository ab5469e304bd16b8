package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.core.SourceKind;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * A typed ServiceNow Table API client for operator actions on incidents (acknowledge by assignment or
 * state, work notes, resolve). ServiceNow stays the owner: rejections (a data policy's 403, a 404 for
 * a missing or ACL-hidden record) come back as {@link SourceException}s carrying its own message.
 *
 * <p>With several URLs a write moves to the next instance only when the previous could not be
 * connected to. Thread-safe; every method blocks on network IO and must not run on the FX thread.
 */
public final class ServiceNowClient {
    private final SourceHttp http;
    private final TableApi api;

    /** A client over the source's own HTTP access (shared with its connector). */
    public ServiceNowClient(SourceConfig cfg, SourceHttp http) {
        if (cfg.kind() != SourceKind.SERVICENOW) {
            throw new IllegalArgumentException("source " + cfg.id() + " is not a ServiceNow source");
        }
        this.http = http;
        this.api = new TableApi(http);
    }

    /**
     * Creates a client for a ServiceNow source.
     *
     * @throws IllegalArgumentException on a configuration error (as {@code Connectors.create})
     */
    public static ServiceNowClient create(SourceConfig cfg, OkHttpClient shared, Clock clock,
                                          Function<String, Optional<String>> env) {
        return new ServiceNowClient(cfg, SourceHttp.create(cfg, shared, clock, env));
    }

    /**
     * Updates an incident: {@code PATCH /api/now/table/incident/{sysId}} with {@code fields} as the JSON
     * body ({@code {"state":"2","work_notes":"Acked from NOC console"}}).
     *
     * @param sysId             the incident's sys_id
     * @param fields            field name to new value; journal fields (work_notes, comments) append an entry
     * @param inputDisplayValue true to pass display values (a user's name for {@code assigned_to})
     *                          instead of sys_ids ({@code sysparm_input_display_value})
     * @return the updated record's raw values, field name to value
     */
    public Map<String, String> patchIncident(String sysId, Map<String, String> fields, boolean inputDisplayValue)
            throws SourceException {
        if (sysId == null || sysId.isBlank()) {
            throw new IllegalArgumentException("sys_id must not be blank");
        }
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("nothing to update on incident " + sysId);
        }
        ObjectNode body = WireJson.object();
        fields.forEach(body::put);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sysparm_input_display_value", Boolean.toString(inputDisplayValue));
        params.put("sysparm_display_value", "false");
        params.put("sysparm_exclude_reference_link", "true");
        JsonNode record = Endpoints.firstConnecting(http.baseUrls(), "ServiceNow instances",
                base -> api.patch(base, "incident", sysId.trim(), params, body));
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : record.properties()) {
            out.put(e.getKey(), SnowValues.value(record, e.getKey()));
        }
        return out;
    }
}
