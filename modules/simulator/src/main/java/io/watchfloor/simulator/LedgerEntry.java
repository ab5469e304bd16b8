package io.watchfloor.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One write request the simulator received.
 *
 * @param at     simulated instant it was handled at
 * @param method POST, PUT, PATCH or DELETE
 * @param path   request path
 * @param query  raw query string, "" when none
 * @param body   request body as text, "" when none
 */
public record LedgerEntry(Instant at, String method, String path, String query, String body) {
    public LedgerEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(body, "body");
    }
}
