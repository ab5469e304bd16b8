package io.watchfloor.simulator.alertmanager;

import io.watchfloor.simulator.http.ErrorStyle;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Request;
import io.watchfloor.simulator.http.Response;
import java.util.Set;

/** Alertmanager's (go-swagger's) answers to unknown paths and methods. */
final class AlertmanagerErrors implements ErrorStyle {
    @Override
    public Response notFound(Request request) {
        return Response.json(404, Json.object().put("code", 404)
                .put("message", "path " + request.path() + " was not found"));
    }

    @Override
    public Response methodNotAllowed(Request request, Set<String> allowed) {
        return Response.json(405, Json.object().put("code", 405).put("message", "method " + request.method()
                + " is not allowed, but [" + String.join(",", allowed) + "] are"))
                .withHeader("Allow", String.join(",", allowed));
    }
}
