package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.ErrorText;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Icinga 2 REST API calls Watchfloor makes, on {@link SourceHttp}: object queries as
 * {@code POST /v1/objects/<type>} with {@code X-HTTP-Method-Override: GET} and a JSON filter (filters
 * in a query string are fragile: {@code +} is not a space there), and actions as
 * {@code POST /v1/actions/<name>}. Object names always travel in {@code filter_vars}, never spliced
 * into a filter expression. Reads try each configured URL in turn; writes go to the first that
 * connects. Immutable; blocking; any non-FX thread.
 */
final class IcingaApi {
    /** Icinga's error bodies: {@code {"error":401,"status":"..."}} or per-object {@code results[].status}. */
    static final ErrorText ERRORS = body -> {
        if (body.path("status").isTextual()) {
            return Optional.of(SourceHttp.oneLine(body.path("status").asText(), 300));
        }
        JsonNode first = body.path("results").path(0).path("status");
        return first.isTextual() ? Optional.of(SourceHttp.oneLine(first.asText(), 300)) : Optional.empty();
    };
    static final List<String> ATTRS = List.of("name", "display_name", "state", "state_type", "last_state_change",
            "acknowledgement", "acknowledgement_expiry", "acknowledgement_last_change", "downtime_depth",
            "last_check_result", "vars");
    private static final MediaType JSON = MediaType.get("application/json");

    private final SourceHttp http;

    IcingaApi(SourceHttp http) {
        this.http = http;
    }

    /** Hosts or services ({@code type} "hosts"/"services") that are not OK/UP, with the board's attributes. */
    List<JsonNode> problems(String type) throws SourceException {
        String singular = type.equals("hosts") ? "host" : "service";
        ObjectNode body = WireJson.object();
        body.put("filter", singular + ".state != 0");
        ArrayNode attrs = body.putArray("attrs");
        ATTRS.forEach(attrs::add);
        if (type.equals("services")) {
            attrs.add("host_name");
        }
        return results(query("v1/objects/" + type, body));
    }

    /** Comments of one entry type (1 user, 4 acknowledgement) on every object, oldest first as Icinga lists them. */
    List<JsonNode> comments(int entryType) throws SourceException {
        ObjectNode body = WireJson.object();
        body.put("filter", "comment.entry_type == t");
        body.putObject("filter_vars").put("t", entryType);
        ArrayNode attrs = body.putArray("attrs");
        List.of("author", "text", "entry_type", "entry_time", "host_name", "service_name", "name").forEach(attrs::add);
        return results(query("v1/objects/comments", body));
    }

    /**
     * Runs an action on one object and returns its per-object result ({@code code}, {@code status}).
     *
     * @throws SourceException for HTTP failures; a single-object refusal (409) arrives as an HTTP 409 with
     *                         Icinga's reason in {@link SourceException#upstreamReason()}
     */
    JsonNode action(String name, IcingaObject target, ObjectNode params) throws SourceException {
        ObjectNode body = params.deepCopy();
        target.addFilter(body);
        JsonNode reply = Endpoints.firstConnecting(http.baseUrls(), "Icinga endpoints", base ->
                http.send(post(SourceHttp.resolve(base, "v1/actions/" + name).build(), body, false), ERRORS).body());
        JsonNode first = reply.path("results").path(0);
        if (first.isMissingNode()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "Icinga answered " + name + " without a result");
        }
        return first;
    }

    private JsonNode query(String path, ObjectNode body) throws SourceException {
        return Endpoints.firstAnswering(http.baseUrls(), "Icinga endpoints", base ->
                http.send(post(SourceHttp.resolve(base, path).build(), body, true), ERRORS).body());
    }

    static Request post(HttpUrl url, JsonNode body, boolean asGet) {
        Request.Builder b = new Request.Builder().url(url).header("Accept", "application/json")
                .post(RequestBody.create(WireJson.write(body), JSON));
        if (asGet) {
            b.header("X-HTTP-Method-Override", "GET");
        }
        return b.build();
    }

    private static List<JsonNode> results(JsonNode reply) throws SourceException {
        JsonNode results = reply.path("results");
        if (!results.isArray()) {
            throw new SourceException(SourceException.Kind.MALFORMED, "Icinga answered without a results array");
        }
        List<JsonNode> out = new ArrayList<>();
        results.forEach(out::add);
        return out;
    }
}
