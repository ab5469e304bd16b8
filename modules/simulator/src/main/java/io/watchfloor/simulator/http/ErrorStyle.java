package io.watchfloor.simulator.http;

import java.util.Set;

/** How one upstream system answers paths and methods it does not serve. */
public interface ErrorStyle {
    Response notFound(Request request);

    Response methodNotAllowed(Request request, Set<String> allowed);

    /** Plain-text answers, as Go's default mux gives them. */
    ErrorStyle PLAIN = new ErrorStyle() {
        @Override
        public Response notFound(Request request) {
            return Response.text(404, "404 page not found\n");
        }

        @Override
        public Response methodNotAllowed(Request request, Set<String> allowed) {
            return Response.text(405, "Method Not Allowed\n").withHeader("Allow", String.join(", ", allowed));
        }
    };
}
