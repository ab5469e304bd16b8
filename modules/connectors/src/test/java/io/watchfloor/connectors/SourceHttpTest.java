package io.watchfloor.connectors;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceHttpTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static SourceConfig cfg(String url, SourceConfig.Auth auth, Optional<Path> ca, Map<String, String> options) {
        return new SourceConfig(SourceId.of("snow"), SourceKind.SERVICENOW, List.of(url), Duration.ofSeconds(5), auth,
                ca, options);
    }

    private SourceHttp http(SourceConfig.Auth auth, Map<String, String> env) {
        return SourceHttp.create(cfg(Fixtures.base(server), auth, Optional.empty(), Map.of()), SHARED, CLOCK,
                name -> Optional.ofNullable(env.get(name)));
    }

    private HttpUrl url(String path) {
        return server.url(path);
    }

    @Test
    void basicAuthPasswordComesFromTheNamedEnvironmentVariable() throws Exception {
        server.enqueue(Fixtures.json("{}"));
        SourceConfig.Auth basic = new SourceConfig.Auth(Optional.of("noc-reader"), Optional.of("SNOW_PASSWORD"), Optional.empty());

        http(basic, Map.of("SNOW_PASSWORD", "s3cret:with:colons")).get(url("/api/now/table/incident"), ErrorText.NONE);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization"))
                .isEqualTo(Credentials.basic("noc-reader", "s3cret:with:colons"));
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void bearerTokenComesFromTheNamedEnvironmentVariable() throws Exception {
        server.enqueue(Fixtures.json("{}"));
        SourceConfig.Auth bearer = new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("AM_TOKEN"));

        http(bearer, Map.of("AM_TOKEN", "tok-123\n")).get(url("/x"), ErrorText.NONE);

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void unsetPasswordVariableIsAConfigurationErrorAtCreation() {
        SourceConfig.Auth basic = new SourceConfig.Auth(Optional.of("noc"), Optional.of("SNOW_PASSWORD"), Optional.empty());

        assertThatThrownBy(() -> http(basic, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source snow: environment variable SNOW_PASSWORD is not set");
    }

    @Test
    void emptyTokenVariableIsAConfigurationErrorAtCreation() {
        SourceConfig.Auth bearer = new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("SNOW_TOKEN"));

        assertThatThrownBy(() -> http(bearer, Map.of("SNOW_TOKEN", "  ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source snow: environment variable SNOW_TOKEN is not set");
    }

    @Test
    void secretWithANewlineIsRejectedWithoutEchoingIt() {
        SourceConfig.Auth bearer = new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("PW"));

        assertThatThrownBy(() -> http(bearer, Map.of("PW", "abc\ndef")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PW").hasMessageNotContaining("abc");
    }

    @Test
    void timeoutOptionSetsConnectReadAndCallTimeoutsOnTheSourceClientOnly() {
        SourceHttp http = SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("timeout", "2s")), SHARED, CLOCK, Fixtures.NO_ENV);

        assertThat(http.client().connectTimeoutMillis()).isEqualTo(2000);
        assertThat(http.client().readTimeoutMillis()).isEqualTo(2000);
        assertThat(http.client().callTimeoutMillis()).isEqualTo(4000);
        assertThat(SHARED.readTimeoutMillis()).isEqualTo(10_000);
        assertThat(http.client().connectionPool()).isSameAs(SHARED.connectionPool());
    }

    @Test
    void defaultTimeoutIsTenSeconds() {
        SourceHttp http = http(SourceConfig.Auth.NONE, Map.of());

        assertThat(http.client().readTimeoutMillis()).isEqualTo(10_000);
        assertThat(http.client().callTimeoutMillis()).isEqualTo(20_000);
    }

    @Test
    void badOptionsAndUrlsAreConfigurationErrors() {
        assertThatThrownBy(() -> SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("timeout", "soon")), SHARED, CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source snow: option timeout");
        assertThatThrownBy(() -> SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("maxBodyBytes", "lots")), SHARED, CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option maxBodyBytes");
        assertThatThrownBy(() -> SourceHttp.create(cfg("snow.example.org:443", SourceConfig.Auth.NONE, Optional.empty(),
                Map.of()), SHARED, CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an http(s) URL");
    }

    @Test
    void endpointAndMessagesNeverShowUrlCredentialsOrQuery() throws Exception {
        server.enqueue(Fixtures.json(503, "{}"));
        String withCredentials = "http://reader:hunter2@" + server.getHostName() + ":" + server.getPort() + "/";
        SourceHttp http = SourceHttp.create(cfg(withCredentials, SourceConfig.Auth.NONE, Optional.empty(), Map.of()),
                SHARED, CLOCK, Fixtures.NO_ENV);

        SourceException e = catchThrowableOfType(SourceException.class, () -> http.get(
                http.baseUrls().get(0).newBuilder().addPathSegments("api/x").addQueryParameter("token", "t0k").build(),
                ErrorText.NONE));

        assertThat(http.endpoint()).doesNotContain("hunter2").doesNotContain("reader");
        assertThat(e.getMessage()).contains("HTTP 503").contains("/api/x").doesNotContain("hunter2").doesNotContain("t0k");
    }

    @Test
    void bodyDeclaredLargerThanTheCapIsRejectedBeforeReading() {
        server.enqueue(Fixtures.json(Faults.BIG_JSON));
        SourceHttp http = SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("maxBodyBytes", "1KiB")), SHARED, CLOCK, Fixtures.NO_ENV);

        SourceException e = catchThrowableOfType(SourceException.class, () -> http.get(url("/big"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).isEqualTo("GET " + url("/big") + " answered a body larger than the 1 KiB limit (option maxBodyBytes)");
    }

    @Test
    void bodyWithinTheCapIsRead() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json; charset=utf-8")
                .chunkedBody(Faults.BIG_JSON, 100).build());
        SourceHttp http = SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("maxBodyBytes", "16KiB")), SHARED, CLOCK, Fixtures.NO_ENV);

        assertThat(http.get(url("/big"), ErrorText.NONE).body().size()).isEqualTo(2001);
    }

    @Test
    void rateLimitWithAnHttpDateRetryAfterIsMeasuredFromTheClock() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "Thu, 20 Aug 2026 10:06:30 GMT").build());

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> http(SourceConfig.Auth.NONE, Map.of()).get(url("/q"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
        assertThat(e.getMessage()).endsWith("(retry after 1m30s)");
    }

    @Test
    void forbiddenIsAnAuthFailure() {
        server.enqueue(new MockResponse.Builder().code(403).build());

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> http(SourceConfig.Auth.NONE, Map.of()).get(url("/q"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void plainTextErrorBodyFromAProxyIsQuotedOnOneLine() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/plain")
                .body("upstream connect error or disconnect/reset before headers.\nreset reason: connection failure").build());

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> http(SourceConfig.Auth.NONE, Map.of()).get(url("/q"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.getMessage()).startsWith("HTTP 502").doesNotContain("\n")
                .endsWith("upstream connect error or disconnect/reset before headers. reset reason: connection failure");
    }

    @Test
    void emptySuccessBodyIsMalformed() {
        server.enqueue(Fixtures.json(""));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> http(SourceConfig.Auth.NONE, Map.of()).get(url("/q"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("empty body");
    }

    @Test
    void trailingGarbageAfterTheJsonIsMalformed() {
        server.enqueue(Fixtures.json("{\"a\":1} <html>"));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> http(SourceConfig.Auth.NONE, Map.of()).get(url("/q"), ErrorText.NONE));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
    }

    @Test
    void streamedReadStartsOnTheFirstTokenAndRefusesDataAfterTheDocument() throws Exception {
        server.enqueue(Fixtures.json("  [1, 2, 3]"));
        server.enqueue(Fixtures.json("[1] [2]"));
        SourceHttp http = http(SourceConfig.Auth.NONE, Map.of());
        JsonStreamReader<Integer> sum = (parser, request) -> {
            assertThat(parser.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.START_ARRAY);
            int total = 0;
            while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                total += parser.getIntValue();
            }
            return total;
        };

        assertThat(http.get(url("/sum"), ErrorText.NONE, sum)).isEqualTo(6);
        SourceException trailing = catchThrowableOfType(SourceException.class, () -> http.get(url("/sum"), ErrorText.NONE, sum));
        assertThat(trailing.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(trailing.getMessage()).contains("GET ").contains("/sum answered invalid JSON").contains("trailing");
        assertThat(server.takeRequest().getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void streamedReadKeepsTheBodyCap() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody("[" + "1,".repeat(5000) + "1]", 512).build());
        SourceHttp capped = SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("maxBodyBytes", "4KiB")), SHARED, CLOCK, Fixtures.NO_ENV);
        JsonStreamReader<Integer> count = (parser, request) -> {
            int n = 0;
            while (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                n++;
            }
            return n;
        };

        SourceException e = catchThrowableOfType(SourceException.class, () -> capped.get(url("/big"), ErrorText.NONE, count));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("larger than the 4 KiB limit");
    }

    @Test
    void caFileTrustsExactlyItsCertificates(@TempDir Path dir) throws Exception {
        try (MockWebServer tls = new MockWebServer()) {
            tls.useHttps(serverContext().getSocketFactory());
            tls.enqueue(Fixtures.json("{\"ok\":true}"));
            tls.enqueue(Fixtures.json("{\"ok\":true}"));
            tls.start(InetAddress.getLoopbackAddress(), 0);
            String base = tls.url("/").toString();
            assertThat(base).startsWith("https://");

            SourceHttp trusting = SourceHttp.create(cfg(base, SourceConfig.Auth.NONE,
                    Optional.of(Fixtures.resource("/tls/server-ca.pem")), Map.of()), SHARED, CLOCK, Fixtures.NO_ENV);
            assertThat(trusting.get(tls.url("/ok"), ErrorText.NONE).body().get("ok").asBoolean()).isTrue();

            SourceHttp otherCa = SourceHttp.create(cfg(base, SourceConfig.Auth.NONE,
                    Optional.of(Fixtures.resource("/tls/other-ca.pem")), Map.of()), SHARED, CLOCK, Fixtures.NO_ENV);
            SourceException wrongCa = catchThrowableOfType(SourceException.class, () -> otherCa.get(tls.url("/ok"), ErrorText.NONE));
            assertThat(wrongCa.kind()).isEqualTo(SourceException.Kind.TLS);
            assertThat(wrongCa.getMessage()).startsWith("TLS handshake failed for GET " + tls.url("/ok"));

            SourceHttp jdkDefaults = SourceHttp.create(cfg(base, SourceConfig.Auth.NONE, Optional.empty(), Map.of()),
                    SHARED, CLOCK, Fixtures.NO_ENV);
            SourceException untrusted = catchThrowableOfType(SourceException.class, () -> jdkDefaults.get(tls.url("/ok"), ErrorText.NONE));
            assertThat(untrusted.kind()).isEqualTo(SourceException.Kind.TLS);
        }
    }

    @Test
    void unreadableOrEmptyCaFileIsAConfigurationError(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.pem");
        Path notPem = Files.writeString(dir.resolve("bad.pem"), "hello");

        assertThatThrownBy(() -> SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.of(missing),
                Map.of()), SHARED, CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("source snow: cannot read CA bundle");
        assertThatThrownBy(() -> SourceHttp.create(cfg(Fixtures.base(server), SourceConfig.Auth.NONE, Optional.of(notPem),
                Map.of()), SHARED, CLOCK, Fixtures.NO_ENV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad.pem");
    }

    private static SSLContext serverContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = SourceHttpTest.class.getResourceAsStream("/tls/server.p12")) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
