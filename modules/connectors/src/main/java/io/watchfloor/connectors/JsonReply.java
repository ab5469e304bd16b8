package io.watchfloor.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A successful (2xx) JSON answer: the parsed body, the response headers and the request's
 * display form ("GET http://am:9093/api/v2/alerts") for messages about the body. Immutable.
 *
 * @param body    the parsed body, never a missing node
 * @param headers the response headers (paging headers such as {@code X-Total-Count})
 * @param request "METHOD url" without credentials or query, for messages
 */
public record JsonReply(JsonNode body, Headers headers, String request) {
    public JsonReply {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(request, "request");
    }

    /** A header parsed as a non-negative long, when present and numeric. */
    public Optional<Long> longHeader(String name) {
        String v = headers.get(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(v.trim());
            return n >= 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A {@link SourceException.Kind#MALFORMED} failure about this reply: "{request} answered {what}". */
    public SourceException malformed(String what) {
        return new SourceException(SourceException.Kind.MALFORMED, request + " answered " + what);
    }

    /** "METHOD url" for {@code url}, without credentials or query. */
    static String describe(String method, HttpUrl url) {
        return method + " " + SourceHttp.display(url);
    }
}
