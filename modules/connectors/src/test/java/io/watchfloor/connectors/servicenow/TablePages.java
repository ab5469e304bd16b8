package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A stand-in for the ServiceNow Table API's paging: serves a table's fixture rows sliced by
 * {@code sysparm_offset}/{@code sysparm_limit}, with {@code X-Total-Count} and {@code Link} headers
 * as the real API sends them (either can be switched off).
 */
final class TablePages extends Dispatcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, ArrayNode> tables = new HashMap<>();
    private boolean totalCount = true;
    /** Rows hidden from a page (an ACL filtering rows after sysparm_limit was applied), by offset. */
    private IntUnaryOperator hiddenAtOffset = offset -> 0;

    TablePages table(String name, String fixture) {
        try {
            tables.put(name, (ArrayNode) JSON.readTree(Fixtures.read(fixture)).get("result"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Serves {@code rows} as table {@code name}. */
    TablePages rows(String name, ArrayNode rows) {
        tables.put(name, rows);
        return this;
    }

    TablePages withoutTotalCount() {
        totalCount = false;
        return this;
    }

    TablePages hiding(IntUnaryOperator rowsHiddenAtOffset) {
        hiddenAtOffset = rowsHiddenAtOffset;
        return this;
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String table = url.pathSegments().get(url.pathSize() - 1);
        ArrayNode rows = tables.get(table);
        if (rows == null) {
            return Fixtures.json(400, "{\"error\":{\"message\":\"Invalid table " + table + "\",\"detail\":null},\"status\":\"failure\"}");
        }
        int limit = Integer.parseInt(url.queryParameter("sysparm_limit"));
        int offset = Integer.parseInt(url.queryParameter("sysparm_offset"));
        int end = Math.min(rows.size(), offset + limit);
        ArrayNode page = JSON.createArrayNode();
        for (int i = offset; i < end - hiddenAtOffset.applyAsInt(offset); i++) {
            page.add(rows.get(i));
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("result", page);
        MockResponse.Builder response = new MockResponse.Builder()
                .addHeader("Content-Type", "application/json;charset=UTF-8")
                .addHeader("Link", link(url, offset, limit, rows.size()))
                .body(body.toString());
        if (totalCount) {
            response.addHeader("X-Total-Count", rows.size());
        }
        return response.build();
    }

    private static String link(HttpUrl url, int offset, int limit, int total) {
        StringBuilder sb = new StringBuilder();
        sb.append('<').append(at(url, 0)).append(">;rel=\"first\"");
        if (offset > 0) {
            sb.append(",<").append(at(url, Math.max(0, offset - limit))).append(">;rel=\"prev\"");
        }
        if (offset + limit < total) {
            sb.append(",<").append(at(url, offset + limit)).append(">;rel=\"next\"");
        }
        sb.append(",<").append(at(url, Math.max(0, (total - 1) / limit * limit))).append(">;rel=\"last\"");
        return sb.toString();
    }

    private static HttpUrl at(HttpUrl url, int offset) {
        return url.newBuilder().setQueryParameter("sysparm_offset", Integer.toString(offset)).build();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
