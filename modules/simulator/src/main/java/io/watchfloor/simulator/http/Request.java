package io.watchfloor.simulator.http;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the API handlers see it. Immutable.
 *
 * @param method     upper-case method
 * @param path       the decoded path
 * @param rawQuery   the raw query string, "" when none
 * @param query      decoded query parameters (repeatable)
 * @param headers    headers by lower-case name
 * @param body       the body as UTF-8 text, "" when none
 * @param now        the simulated instant the request is handled at
 * @param pathParams values of {@code {name}} segments of the matched route
 */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> query,
                      Map<String, List<String>> headers, String body, Instant now, Map<String, String> pathParams) {
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rawQuery, "rawQuery");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        pathParams = Map.copyOf(pathParams);
    }

    /** The first value of a query parameter. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeatable query parameter. */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The value of a {@code {name}} path segment. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("route has no path parameter " + name);
        }
        return value;
    }

    /** Query parameters merged with a form-encoded body (body values after query values), as Go's r.Form. */
    public Map<String, List<String>> form() {
        boolean isForm = header("content-type").map(t -> t.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")).orElse(false);
        return isForm ? FormCodec.merge(query, FormCodec.decode(body)) : query;
    }

    Request withPathParams(Map<String, String> params) {
        return new Request(method, path, rawQuery, query, headers, body, now, params);
    }
}
