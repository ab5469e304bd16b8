package io.watchfloor.connectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Pulls an upstream's own error text out of a JSON error body (Alertmanager's JSON string,
 * Prometheus' {@code errorType}/{@code error}, ServiceNow's {@code error.message}/{@code detail}), so a
 * failure message says what the upstream said. Implementations are stateless.
 */
@FunctionalInterface
public interface ErrorText {

    /** An API with no documented error body: the HTTP reason phrase is all we report. */
    ErrorText NONE = body -> Optional.empty();

    /** The upstream's error text in {@code body}, if the body holds one. */
    Optional<String> describe(JsonNode body);
}
