package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.http.ErrorStyle;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Request;
import io.watchfloor.simulator.http.Response;
import java.util.Set;

/** ServiceNow error bodies: {@code {"error":{"message","detail"},"status":"failure"}} (API-NOTES §3.7). */
final class SnErrors implements ErrorStyle {

    static Response error(int status, String message, String detail) {
        var root = Json.object();
        var error = root.putObject("error").put("message", message);
        if (detail == null) {
            error.putNull("detail");
        } else {
            error.put("detail", detail);
        }
        root.put("status", "failure");
        return Response.json(status, root).withContentType("application/json;charset=UTF-8");
    }

    static Response noRecord() {
        return error(404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval");
    }

    static Response invalidTable(String table) {
        return error(400, "Invalid table " + table, null);
    }

    static Response badJson() {
        return error(400, "Exception while reading request", "The payload is not valid JSON.");
    }

    static Response readOnly(String table) {
        return error(403, "User Not Authorized", "Write operations on " + table + " are not permitted by ACL");
    }

    @Override
    public Response notFound(Request request) {
        return error(404, "Requested URI does not represent any resource", null);
    }

    @Override
    public Response methodNotAllowed(Request request, Set<String> allowed) {
        return error(405, "Method not Supported", "HTTP method " + request.method() + " is not supported for "
                + request.path()).withHeader("Allow", String.join(", ", allowed));
    }
}
