package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.ErrorText;
import io.watchfloor.connectors.JsonReply;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The ServiceNow Table API calls Watchfloor makes (API-NOTES section 3): paged lists and PATCH.
 * Paging follows {@code sysparm_offset += sysparm_limit} while {@code X-Total-Count} says more rows
 * exist, or, without that header, while pages come back full (a short page can be ACL-filtered, so
 * the count wins when present). Thread-safe.
 */
final class TableApi {
    /** ServiceNow's error body: {@code {"error":{"message","detail"},"status":"failure"}}. */
    static final ErrorText ERRORS = body -> {
        JsonNode error = body.path("error");
        String message = SourceHttp.oneLine(WireJson.text(error, "message"), 200);
        String detail = SourceHttp.oneLine(WireJson.text(error, "detail"), 200);
        if (message.isBlank()) {
            return detail.isBlank() ? Optional.empty() : Optional.of(detail);
        }
        return Optional.of(detail.isBlank() || detail.equals(message) ? message : message + " (" + detail + ")");
    };
    /** A guard against a server that never stops paging: 200 pages of 500 rows is 100,000 records. */
    static final int MAX_PAGES = 200;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final SourceHttp http;

    TableApi(SourceHttp http) {
        this.http = http;
    }

    /** Every row of {@code GET /api/now/table/{table}} with {@code params}, page by page. */
    List<JsonNode> list(HttpUrl base, String table, Map<String, String> params, int pageSize) throws SourceException {
        List<JsonNode> rows = new ArrayList<>();
        long offset = 0;
        for (int page = 0; ; page++) {
            if (page >= MAX_PAGES) {
                throw new SourceException(SourceException.Kind.MALFORMED, "GET " + SourceHttp.display(tableUrl(base, table))
                        + " kept paging past " + MAX_PAGES + " pages of " + pageSize + " rows");
            }
            HttpUrl.Builder url = tableUrl(base, table).newBuilder();
            params.forEach(url::addQueryParameter);
            url.addQueryParameter("sysparm_limit", Integer.toString(pageSize));
            url.addQueryParameter("sysparm_offset", Long.toString(offset));
            JsonReply reply = http.get(url.build(), ERRORS);
            JsonNode result = reply.body().path("result");
            if (!result.isArray()) {
                throw reply.malformed("no \"result\" list");
            }
            result.forEach(rows::add);
            offset += pageSize;
            Optional<Long> total = reply.longHeader("X-Total-Count");
            boolean more = total.isPresent() ? offset < total.get() : result.size() >= pageSize;
            if (!more) {
                return rows;
            }
        }
    }

    /**
     * The first {@code limit} rows of {@code GET /api/now/table/{table}} with {@code params}: one request, no
     * further pages (for a query that names its rows, such as {@code sys_idIN...}).
     */
    List<JsonNode> firstPage(HttpUrl base, String table, Map<String, String> params, int limit) throws SourceException {
        HttpUrl.Builder url = tableUrl(base, table).newBuilder();
        params.forEach(url::addQueryParameter);
        url.addQueryParameter("sysparm_limit", Integer.toString(limit));
        JsonReply reply = http.get(url.build(), ERRORS);
        JsonNode result = reply.body().path("result");
        if (!result.isArray()) {
            throw reply.malformed("no \"result\" list");
        }
        List<JsonNode> rows = new ArrayList<>();
        result.forEach(rows::add);
        return rows;
    }

    /** {@code GET /api/now/table/{table}/{sysId}} with {@code params}; returns the record (404 if none). */
    JsonNode get(HttpUrl base, String table, String sysId, Map<String, String> params) throws SourceException {
        HttpUrl.Builder url = tableUrl(base, table).newBuilder().addPathSegment(sysId);
        params.forEach(url::addQueryParameter);
        return record(http.get(url.build(), ERRORS));
    }

    /** {@code POST /api/now/table/{table}} with a JSON body; returns the created record. */
    JsonNode post(HttpUrl base, String table, Map<String, String> params, ObjectNode body) throws SourceException {
        HttpUrl.Builder url = tableUrl(base, table).newBuilder();
        params.forEach(url::addQueryParameter);
        Request request = new Request.Builder()
                .url(url.build())
                .header("Accept", "application/json")
                .post(RequestBody.create(WireJson.write(body), JSON))
                .build();
        return record(http.send(request, ERRORS));
    }

    /** {@code PATCH /api/now/table/{table}/{sysId}} with a JSON body; returns the updated record. */
    JsonNode patch(HttpUrl base, String table, String sysId, Map<String, String> params, ObjectNode body)
            throws SourceException {
        HttpUrl.Builder url = tableUrl(base, table).newBuilder().addPathSegment(sysId);
        params.forEach(url::addQueryParameter);
        Request request = new Request.Builder()
                .url(url.build())
                .header("Accept", "application/json")
                .patch(RequestBody.create(WireJson.write(body), JSON))
                .build();
        return record(http.send(request, ERRORS));
    }

    private static JsonNode record(JsonReply reply) throws SourceException {
        JsonNode result = reply.body().path("result");
        if (!result.isObject()) {
            throw reply.malformed("no \"result\" record");
        }
        return result;
    }

    private static HttpUrl tableUrl(HttpUrl base, String table) {
        return SourceHttp.resolve(base, "api/now/table").addPathSegment(table).build();
    }
}
