package io.watchfloor.connectors;

import io.watchfloor.connectors.SourceException.Kind;
import io.watchfloor.core.SourceId;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One source's HTTP access, shared by its connector and its write client: the per-source
 * {@link OkHttpClient} (derived from the shared one, with timeouts, auth and CA bundle), the
 * validated base URLs, and the one place where HTTP answers and transport failures become JSON or
 * {@link SourceException}s with one-line, secret-free messages.
 *
 * <p>Options read here: {@code timeout} (connect/read/write; the whole call may take twice as long;
 * default 10s) and {@code maxBodyBytes} (default 32 MiB, enforced while reading).
 *
 * <p>Immutable and thread-safe: calls block on network IO and may run on any non-FX thread.
 * Plumbing for the connector packages, not an API for other modules.
 */
public final class SourceHttp {
    /** Default for the {@code timeout} option. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** Default for the {@code maxBodyBytes} option: 32 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

    private final SourceId source;
    private final OkHttpClient client;
    private final Clock clock;
    private final List<HttpUrl> baseUrls;
    private final Duration timeout;
    private final long maxBodyBytes;

    private SourceHttp(SourceId source, OkHttpClient client, Clock clock, List<HttpUrl> baseUrls,
                       Duration timeout, long maxBodyBytes) {
        this.source = source;
        this.client = client;
        this.clock = clock;
        this.baseUrls = List.copyOf(baseUrls);
        this.timeout = timeout;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Builds a source's HTTP access.
     *
     * @param env reads an environment variable (injected so tests and the keyring can stand in)
     * @throws IllegalArgumentException on any configuration error: a bad URL or option, an unset or
     *                                  empty secret variable, an unusable CA bundle
     */
    public static SourceHttp create(SourceConfig cfg, OkHttpClient shared, Clock clock,
                                    Function<String, Optional<String>> env) {
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(env, "env");
        SourceOptions options = new SourceOptions(cfg);
        Duration timeout = options.duration("timeout", DEFAULT_TIMEOUT);
        long maxBody = options.bytes("maxBodyBytes", DEFAULT_MAX_BODY_BYTES);
        List<HttpUrl> urls = new ArrayList<>();
        for (String u : cfg.urls()) {
            HttpUrl url = HttpUrl.parse(u == null ? "" : u.trim());
            if (url == null) {
                throw new IllegalArgumentException("source " + cfg.id() + ": '" + u + "' is not an http(s) URL");
            }
            urls.add(url);
        }
        OkHttpClient client = SourceClients.forSource(cfg, shared, timeout, env);
        return new SourceHttp(cfg.id(), client, clock, urls, timeout, maxBody);
    }

    public SourceId source() {
        return source;
    }

    public Clock clock() {
        return clock;
    }

    /** The configured base URLs, in config order (several for an HA cluster); at least one. */
    public List<HttpUrl> baseUrls() {
        return baseUrls;
    }

    /** The base URLs for display, comma-separated, without credentials. */
    public String endpoint() {
        List<String> shown = new ArrayList<>();
        for (HttpUrl u : baseUrls) {
            shown.add(display(u));
        }
        return String.join(", ", shown);
    }

    /** {@code base} with {@code path} ("api/v2/alerts") appended, ready for query parameters. */
    public static HttpUrl.Builder resolve(HttpUrl base, String path) {
        return base.newBuilder().addPathSegments(path);
    }

    /** GET {@code url} (with {@code Accept: application/json}) and parse the 2xx JSON answer. */
    public JsonReply get(HttpUrl url, ErrorText errorText) throws SourceException {
        return send(new Request.Builder().url(url).get().build(), errorText);
    }

    /** Sends {@code request} and parses its 2xx JSON answer; any other outcome is a {@link SourceException}. */
    public JsonReply send(Request request, ErrorText errorText) throws SourceException {
        return exchange(request, errorText, (response, described) -> new JsonReply(
                JsonBodyReader.read(response.body(), described, maxBodyBytes, timeout), response.headers(), described));
    }

    /**
     * GET {@code url} (with {@code Accept: application/json}) and bind the 2xx JSON answer from the token
     * stream with {@code reader}, without building a tree first. Same body cap and failures as
     * {@link #get(HttpUrl, ErrorText)}.
     */
    public <T> T get(HttpUrl url, ErrorText errorText, JsonStreamReader<T> reader) throws SourceException {
        return exchange(new Request.Builder().url(url).get().build(), errorText, (response, described) ->
                JsonBodyReader.read(response.body(), described, maxBodyBytes, timeout, reader));
    }

    private <T> T exchange(Request request, ErrorText errorText, SuccessReader<T> success) throws SourceException {
        Request req = withAccept(request);
        String described = JsonReply.describe(req.method(), req.url());
        try (Response response = client.newCall(req).execute()) {
            if (!response.isSuccessful()) {
                throw httpFailure(response, described, errorText);
            }
            return success.read(response, described);
        } catch (IOException e) {
            throw TransportFailures.map(e, described, timeout);
        }
    }

    /** Sends {@code request} and only checks for a 2xx status; the body, if any, is discarded. */
    public void sendForStatus(Request request, ErrorText errorText) throws SourceException {
        Request req = withAccept(request);
        String described = JsonReply.describe(req.method(), req.url());
        try (Response response = client.newCall(req).execute()) {
            if (!response.isSuccessful()) {
                throw httpFailure(response, described, errorText);
            }
        } catch (IOException e) {
            throw TransportFailures.map(e, described, timeout);
        }
    }

    /** "scheme://host:port/path" without user info, query or fragment: safe to show and log. */
    public static String display(HttpUrl url) {
        return url.newBuilder().username("").password("").query(null).fragment(null).build().toString();
    }

    /** {@code text} on one line (whitespace runs collapsed), cut to {@code max} characters. */
    public static String oneLine(String text, int max) {
        String s = text.replaceAll("\\s+", " ").trim();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The per-source client (tests check its timeouts). */
    OkHttpClient client() {
        return client;
    }

    /** Reads a successful response; {@code described} is the request's display form. */
    @FunctionalInterface
    private interface SuccessReader<T> {
        T read(Response response, String described) throws SourceException;
    }

    private static Request withAccept(Request request) {
        return request.header("Accept") != null ? request
                : request.newBuilder().header("Accept", "application/json").build();
    }

    private SourceException httpFailure(Response response, String request, ErrorText errorText) {
        int code = response.code();
        Optional<String> upstream = JsonBodyReader.errorDetail(response.body(), errorText);
        String reason = response.message().isBlank() ? "" : " " + oneLine(response.message(), 60);
        Kind kind = code == 401 || code == 403 ? Kind.AUTH : code == 429 ? Kind.RATE_LIMITED : Kind.HTTP;
        Optional<Duration> retryAfter = code == 429 || code == 503
                ? RetryAfter.parse(response.header("Retry-After"), clock.instant()) : Optional.empty();
        StringBuilder msg = new StringBuilder("HTTP ").append(code).append(reason)
                .append(" from ").append(request);
        upstream.ifPresent(u -> msg.append(": ").append(u));
        retryAfter.ifPresent(d -> msg.append(" (retry after ").append(DurationText.format(d)).append(')'));
        return new SourceException(kind, msg.toString(), code, retryAfter, upstream, null);
    }
}
