package io.watchfloor.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One HTTP response. A JSON body is written to bytes when {@link #body()} is first asked for, which
 * {@link HttpHost} does after it released the simulator lock: the tree a handler builds is its own (strings and
 * numbers copied out of the simulator's state), so writing it needs no lock, and a large read (ten thousand
 * alerts) does not hold up every other request while it is encoded. Immutable once the body is written;
 * thread-safe.
 */
public final class Response {
    private final int status;
    private final String contentType;
    private final Map<String, String> headers;
    private final Supplier<byte[]> encode;
    private byte[] body;

    private Response(int status, String contentType, Supplier<byte[]> encode, Map<String, String> headers) {
        this.status = status;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.encode = Objects.requireNonNull(encode, "encode");
        this.headers = Map.copyOf(headers);
    }

    /**
     * @param status      status code
     * @param contentType the Content-Type, "" for an empty body
     * @param body        the body bytes
     * @param headers     extra headers
     */
    public Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, fixed(Objects.requireNonNull(body, "body")), headers);
    }

    private static Supplier<byte[]> fixed(byte[] body) {
        return () -> body;
    }

    public static Response json(int status, JsonNode node) {
        Objects.requireNonNull(node, "node");
        return new Response(status, "application/json", () -> Json.bytes(node), Map.of());
    }

    public static Response text(int status, String text) {
        return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Response empty(int status) {
        return new Response(status, "", new byte[0], Map.of());
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    /** The body bytes (a JSON body is written on the first call). */
    public synchronized byte[] body() {
        if (body == null) {
            body = encode.get();
        }
        return body;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The same response with one more header. */
    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(status, contentType, this::body, more);
    }

    /** The same response with another Content-Type. */
    public Response withContentType(String type) {
        return new Response(status, type, this::body, headers);
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Response[status=" + status + ", contentType=" + contentType + ", headers=" + headers + "]";
    }
}
