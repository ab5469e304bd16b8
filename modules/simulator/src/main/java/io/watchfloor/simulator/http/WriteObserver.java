package io.watchfloor.simulator.http;

import java.time.Instant;

/** Told about every write request received (POST, PUT, PATCH, DELETE), in the order they were handled. */
@FunctionalInterface
public interface WriteObserver {
    void written(Instant at, String method, String path, String query, String body);
}
