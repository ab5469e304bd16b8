package io.watchfloor.connectors;

import io.watchfloor.connectors.SourceException.Kind;
import io.watchfloor.core.ActionOutcome;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failed call made while performing an operator action into the action's outcome, the same
 * way for every upstream:
 * <ul>
 *   <li>a 4xx answer other than 408 and 429 is a refusal: {@link ActionOutcome.Rejected} with the
 *       upstream's own reason and the status (401 reads "credentials refused");</li>
 *   <li>5xx, 408, 429, timeouts, unreachable hosts, TLS failures and unreadable answers are
 *       {@link ActionOutcome.Failed}: the action can be tried again later.</li>
 * </ul>
 * A failure is {@code outcomeUnknown} only for a write that may have reached the upstream: a 5xx, a
 * read timeout after the request was sent, a connection lost mid-call, or a 2xx whose body could not
 * be read. A refused connection, an unknown host, a connect timeout, a TLS handshake failure and a
 * 429 mean the write was surely not applied. Stateless.
 */
public final class WriteOutcomes {
    private WriteOutcomes() {
    }

    /** The outcome when a read made before writing failed: nothing was written. */
    public static ActionOutcome failedRead(SourceException e) {
        return outcome(e, false);
    }

    /** The outcome when the write itself failed. */
    public static ActionOutcome failedWrite(SourceException e) {
        return outcome(e, mayHaveBeenApplied(e));
    }

    /** The outcome of a failure; {@code unknownIfFailed} is used when it is a {@link ActionOutcome.Failed}. */
    public static ActionOutcome outcome(SourceException e, boolean unknownIfFailed) {
        int status = e.httpStatus();
        if (status == 401) {
            return new ActionOutcome.Rejected("credentials refused (HTTP 401)" + upstream(e), Optional.of(401));
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new ActionOutcome.Rejected(e.upstreamReason().orElse(e.getMessage()), Optional.of(status));
        }
        return new ActionOutcome.Failed(e.getMessage(), unknownIfFailed, e.retryAfter());
    }

    /** Whether a write that failed this way may nevertheless have been applied upstream. */
    public static boolean mayHaveBeenApplied(SourceException e) {
        if (e.getCause() instanceof SourceException) {
            // one failure per replica (Endpoints.allFailed): applied if any of them may have been
            boolean any = mayHaveBeenApplied((SourceException) e.getCause());
            for (Throwable t : e.getSuppressed()) {
                any |= t instanceof SourceException && mayHaveBeenApplied((SourceException) t);
            }
            return any;
        }
        if (e.kind() == Kind.TLS || e.kind() == Kind.RATE_LIMITED || TransportFailures.neverSent(e)) {
            return false;
        }
        if (e.kind() == Kind.TIMEOUT && connectTimeout(e.getCause())) {
            return false;
        }
        int status = e.httpStatus();
        return status == 0 || status >= 500;
    }

    private static boolean connectTimeout(Throwable cause) {
        return cause instanceof SocketTimeoutException
                && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    }

    private static String upstream(SourceException e) {
        return e.upstreamReason().map(r -> ": " + r).orElse("");
    }
}
