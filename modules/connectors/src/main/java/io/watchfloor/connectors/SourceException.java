package io.watchfloor.connectors;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A read or write against an upstream failed. The message is one operator-readable line
 * ("HTTP 503 from http://am:9093/api/v2/alerts: Service Unavailable") and never holds secrets.
 */
public final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why it failed, so callers can decide whether to retry. */
    public enum Kind {
        /** Connection refused, DNS failure, network unreachable. */
        UNREACHABLE,
        /** Connect, read or call timeout. */
        TIMEOUT,
        /** 401 or 403. */
        AUTH,
        /** 429 (see {@link #retryAfter()}). */
        RATE_LIMITED,
        /** Any other non-2xx answer. */
        HTTP,
        /** The body is not what the API documents: bad JSON, wrong content type, too large. */
        MALFORMED,
        /** The TLS handshake failed (unknown CA, wrong host name). */
        TLS
    }

    private final Kind kind;
    private final int httpStatus;
    private final transient Optional<Duration> retryAfter;
    private final transient Optional<String> upstreamReason;

    public SourceException(Kind kind, String message) {
        this(kind, message, 0, Optional.empty(), null);
    }

    public SourceException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, Optional.empty(), cause);
    }

    public SourceException(Kind kind, String message, int httpStatus, Optional<Duration> retryAfter, Throwable cause) {
        this(kind, message, httpStatus, retryAfter, Optional.empty(), cause);
    }

    /**
     * @param upstreamReason the upstream's own error text from the error body (Alertmanager's JSON
     *                       string, ServiceNow's {@code error.message (detail)}), when it sent one
     */
    public SourceException(Kind kind, String message, int httpStatus, Optional<Duration> retryAfter,
                           Optional<String> upstreamReason, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.upstreamReason = Objects.requireNonNull(upstreamReason, "upstreamReason");
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when the failure was not an HTTP answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the upstream asked us to wait ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** The upstream's own reason from an HTTP error body, one line, when it gave one. */
    public Optional<String> upstreamReason() {
        return upstreamReason;
    }
}
