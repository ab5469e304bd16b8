package io.watchfloor.connectors;

import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/** Shared test material: fixtures from src/test/resources/fixtures, configs, a fixed clock, one shared client. */
public final class Fixtures {
    /** The instant every connector test observes: 2026-08-20T10:05:00Z. */
    public static final Instant NOW = Instant.parse("2026-08-20T10:05:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** One shared client for all tests, as the application has one. */
    public static final OkHttpClient SHARED = Connectors.sharedClient();
    public static final Function<String, Optional<String>> NO_ENV = name -> Optional.empty();

    private Fixtures() {
    }

    /** The text of {@code fixtures/<path>}. */
    public static String read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path on the test class path (TLS material). */
    public static Path resource(String path) {
        try {
            return Path.of(Fixtures.class.getResource(path).toURI());
        } catch (Exception e) {
            throw new IllegalArgumentException("no resource " + path, e);
        }
    }

    /** 200 with {@code Content-Type: application/json} and {@code body}. */
    public static MockResponse json(String body) {
        return json(200, body);
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** 200 JSON with the fixture's content. */
    public static MockResponse fixture(String path) {
        return json(read(path));
    }

    public static SourceConfig config(SourceKind kind, List<String> urls, Map<String, String> options) {
        return config(kind, urls, SourceConfig.Auth.NONE, options);
    }

    public static SourceConfig config(SourceKind kind, List<String> urls, SourceConfig.Auth auth, Map<String, String> options) {
        return new SourceConfig(SourceId.of(kind.configName().substring(0, 4)), kind, urls, Duration.ofSeconds(5), auth,
                Optional.empty(), options);
    }

    /** The base URL of {@code server} ("http://127.0.0.1:port/"). */
    public static String base(MockWebServer server) {
        return server.url("/").toString();
    }

    /** A loopback port nothing listens on (bound then released): connecting is refused. */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "http://127.0.0.1:{closed port}/". */
    public static String refusedUrl() {
        return "http://127.0.0.1:" + closedPort() + "/";
    }
}
