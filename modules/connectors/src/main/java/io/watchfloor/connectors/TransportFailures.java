package io.watchfloor.connectors;

import io.watchfloor.connectors.SourceException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Turns an IOException raised before an HTTP answer arrived into an operator-readable {@link SourceException}. */
final class TransportFailures {
    private TransportFailures() {
    }

    /**
     * @param request "METHOD url" without credentials
     * @param timeout the source's configured timeout, quoted in timeout messages
     */
    static SourceException map(IOException e, String request, Duration timeout) {
        if (e instanceof SSLException) {
            return new SourceException(Kind.TLS, "TLS handshake failed for " + request + ": " + firstLine(e), e);
        }
        if (e instanceof InterruptedIOException) {
            String what = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect")
                    ? "connect timed out" : "timed out";
            return new SourceException(Kind.TIMEOUT, request + " " + what + " (timeout " + DurationText.format(timeout) + ")", e);
        }
        if (e instanceof UnknownHostException) {
            return new SourceException(Kind.UNREACHABLE, "unknown host for " + request + ": " + firstLine(e), e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new SourceException(Kind.UNREACHABLE, "cannot connect for " + request + ": " + firstLine(e), e);
        }
        return new SourceException(Kind.UNREACHABLE, request + " failed: " + firstLine(e), e);
    }

    /** Whether the request surely never reached the upstream (so a write may be sent elsewhere). */
    static boolean neverSent(SourceException e) {
        Throwable c = e.getCause();
        return c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException;
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return SourceHttp.oneLine(m, 200);
    }
}
