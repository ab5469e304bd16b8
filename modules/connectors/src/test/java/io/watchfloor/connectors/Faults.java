package io.watchfloor.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/**
 * The failures every connector must turn into a clear {@link SourceException}: each is served as the
 * answer to the connector's first request, with {@link #OPTIONS} (short timeout, small body cap).
 */
public enum Faults {
    CONNECTION_REFUSED,
    READ_TIMEOUT,
    HTTP_500,
    RATE_LIMITED,
    UNAUTHORIZED,
    MALFORMED_JSON,
    TRUNCATED_BODY,
    HTML_LOGIN_PAGE,
    OVERSIZED_BODY;

    /** A short timeout and a 4 KiB body cap, so the faults show quickly. */
    public static final Map<String, String> OPTIONS = Map.of("timeout", "250ms", "maxBodyBytes", "4KiB");

    /** A valid JSON array of about 8 KiB: fine JSON, but over the cap. */
    static final String BIG_JSON = "[" + "\"x\",".repeat(2000) + "\"x\"]";

    /**
     * Arranges the fault and returns the URL the connector must use.
     *
     * @param upstreamError the system's own JSON error body for the 500 case
     */
    public String arrange(MockWebServer server, String upstreamError) {
        switch (this) {
            case CONNECTION_REFUSED:
                return Fixtures.refusedUrl();
            case READ_TIMEOUT:
                server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS)
                        .addHeader("Content-Type", "application/json").body("[]").build());
                break;
            case HTTP_500:
                server.enqueue(Fixtures.json(500, upstreamError));
                break;
            case RATE_LIMITED:
                server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "120").body("").build());
                break;
            case UNAUTHORIZED:
                server.enqueue(new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"x\"")
                        .body("").build());
                break;
            case MALFORMED_JSON:
                server.enqueue(Fixtures.json("{\"status\": success, ]"));
                break;
            case TRUNCATED_BODY:
                server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .body("[" + "{\"a\":1},".repeat(200) + "{\"a\":1}]")
                        .onResponseBody(new SocketEffect.CloseSocket()).build());
                break;
            case HTML_LOGIN_PAGE:
                server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                        .body(Fixtures.read("servicenow/login.html")).build());
                break;
            case OVERSIZED_BODY:
                server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .chunkedBody(BIG_JSON, 512).build());
                break;
            default:
                throw new IllegalStateException(name());
        }
        return Fixtures.base(server);
    }

    /**
     * Checks the failure: its kind, and a one-line message that names the request and what went wrong.
     *
     * @param path          the path of the first request, expected in the message
     * @param upstreamText  the upstream's own error text, expected in the 500 message
     */
    public void check(SourceException e, String path, String upstreamText) {
        assertThat(e.getMessage()).doesNotContain("\n").contains(path);
        switch (this) {
            case CONNECTION_REFUSED:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).contains("cannot connect");
                break;
            case READ_TIMEOUT:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.TIMEOUT);
                assertThat(e.getMessage()).contains("timed out").contains("250ms");
                break;
            case HTTP_500:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
                assertThat(e.httpStatus()).isEqualTo(500);
                assertThat(e.getMessage()).contains("HTTP 500").contains("GET ").contains(upstreamText);
                break;
            case RATE_LIMITED:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.RATE_LIMITED);
                assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                assertThat(e.getMessage()).contains("HTTP 429").contains("retry after 2m");
                break;
            case UNAUTHORIZED:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
                assertThat(e.httpStatus()).isEqualTo(401);
                assertThat(e.getMessage()).contains("HTTP 401");
                break;
            case MALFORMED_JSON:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
                assertThat(e.getMessage()).contains("invalid JSON");
                break;
            case TRUNCATED_BODY:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
                assertThat(e.getMessage()).contains("truncated");
                break;
            case HTML_LOGIN_PAGE:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
                assertThat(e.getMessage()).contains("text/html instead of JSON");
                break;
            case OVERSIZED_BODY:
                assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
                assertThat(e.getMessage()).contains("larger than the 4 KiB limit");
                break;
            default:
                throw new IllegalStateException(name());
        }
    }
}
