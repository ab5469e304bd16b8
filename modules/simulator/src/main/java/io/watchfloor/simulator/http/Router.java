package io.watchfloor.simulator.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps method and path to handlers. Paths are matched segment by segment; a {@code {name}} segment
 * matches any one segment. Each path prefix has its system's {@link ErrorStyle} for 404 and 405.
 * Built once before the server starts, then read-only (safe to share between threads).
 */
public final class Router {
    private record Route(String method, String[] segments, boolean write, Handler handler) {
    }

    /** What the router did with a request: the response, and whether it counts as a write for the ledger. */
    public record Outcome(Response response, boolean write) {
    }

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final List<Route> routes = new ArrayList<>();
    private final Map<String, ErrorStyle> styles = new LinkedHashMap<>();

    /** Uses {@code style} for unknown paths and methods below {@code prefix}. */
    public Router style(String prefix, ErrorStyle style) {
        styles.put(prefix, style);
        return this;
    }

    /** A read route. */
    public Router get(String pattern, Handler handler) {
        return add("GET", pattern, false, handler);
    }

    /** A route; {@code write} routes are recorded in the ledger. */
    public Router add(String method, String pattern, boolean write, Handler handler) {
        routes.add(new Route(method, split(pattern), write, handler));
        return this;
    }

    /** Routes one request. */
    public Outcome route(Request request) {
        String[] segments = split(request.path());
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> params = match(route.segments(), segments);
            if (params == null) {
                continue;
            }
            if (route.method().equals(request.method())) {
                return new Outcome(route.handler().handle(request.withPathParams(params)), route.write());
            }
            allowed.add(route.method());
        }
        boolean writeMethod = WRITE_METHODS.contains(request.method());
        ErrorStyle style = styleFor(request.path());
        if (allowed.isEmpty()) {
            return new Outcome(style.notFound(request), writeMethod);
        }
        return new Outcome(style.methodNotAllowed(request, allowed), writeMethod);
    }

    private ErrorStyle styleFor(String path) {
        return styles.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(ErrorStyle.PLAIN);
    }

    private static Map<String, String> match(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") && p.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), path[i]);
            } else if (!p.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.split("/", -1);
    }
}
