package io.watchfloor.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response. Immutable.
 *
 * @param status      status code
 * @param contentType the Content-Type, "" for an empty body
 * @param body        the body bytes
 * @param headers     extra headers
 */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    public Response {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public static Response json(int status, JsonNode node) {
        return new Response(status, "application/json", Json.bytes(node), Map.of());
    }

    public static Response text(int status, String text) {
        return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response empty(int status) {
        return new Response(status, "", new byte[0], Map.of());
    }

    /** The same response with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, body, more);
    }

    /** The same response with another Content-Type. */
    public Response withContentType(String type) {
        return new Response(status, type, body, headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
