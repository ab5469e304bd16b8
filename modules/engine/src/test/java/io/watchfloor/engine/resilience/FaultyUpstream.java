package io.watchfloor.engine.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * A MockWebServer in front of the simulator: healthy, it forwards every request to the simulator and
 * returns its answer (so the wire formats and the write ledger are the simulator's); broken, it answers
 * every request with one {@link Fault} instead. Every answer says {@code Connection: close}, so a fault
 * applies from the next request on, not only to new connections. Thread-safe.
 */
final class FaultyUpstream implements AutoCloseable {
    /** The body cap the faulty source is configured with. */
    static final String MAX_BODY = "64KiB";
    /** The faulty source's client timeout. */
    static final String TIMEOUT = "300ms";

    /** What a broken upstream does. */
    enum Fault {
        CONNECTION_REFUSED("cannot connect"),
        READ_TIMEOUT("timed out (timeout 300ms)"),
        HTTP_500("HTTP 500"),
        RATE_LIMITED("HTTP 429"),
        UNAUTHORIZED("HTTP 401"),
        FORBIDDEN("HTTP 403"),
        MALFORMED_JSON("invalid JSON"),
        TRUNCATED_BODY("truncated"),
        OVERSIZED_BODY("larger than the 64 KiB limit"),
        WRONG_CONTENT_TYPE("text/html instead of JSON"),
        TLS_FAILURE("TLS handshake failed");

        /** What the source's health says. */
        final String reason;

        Fault(String reason) {
            this.reason = reason;
        }

        MockResponse answer() {
            MockResponse.Builder b = new MockResponse.Builder().addHeader("Connection", "close");
            switch (this) {
                case READ_TIMEOUT:
                    return json(b.headersDelay(1, TimeUnit.SECONDS), 200, "[]");
                case HTTP_500:
                    return json(b, 500, "{\"error\":{\"message\":\"upstream database unavailable\"}}");
                case RATE_LIMITED:
                    return b.code(429).addHeader("Retry-After", "1").body("").build();
                case UNAUTHORIZED:
                    return b.code(401).addHeader("WWW-Authenticate", "Basic realm=\"noc\"").body("").build();
                case FORBIDDEN:
                    return json(b, 403, "{\"error\":{\"message\":\"User Not Authorized\"}}");
                case MALFORMED_JSON:
                    return json(b, 200, "{\"status\": success, ]");
                case TRUNCATED_BODY:
                    return json(b.onResponseBody(new SocketEffect.CloseSocket()), 200,
                            "[" + "{\"a\":1},".repeat(2000) + "{\"a\":1}]");
                case OVERSIZED_BODY:
                    return b.code(200).addHeader("Content-Type", "application/json")
                            .chunkedBody("[" + "\"x\",".repeat(40_000) + "\"x\"]", 4096).build();
                case WRONG_CONTENT_TYPE:
                    return b.code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                            .body("<html><body><form action=\"/login.do\">Log in</form></body></html>").build();
                default:
                    throw new IllegalStateException(name() + " is not an HTTP answer");
            }
        }

        private static MockResponse json(MockResponse.Builder b, int code, String body) {
            return b.code(code).addHeader("Content-Type", "application/json").body(body).build();
        }
    }

    private final URI target;
    private final boolean https;
    private final OkHttpClient forward = new OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS).build();
    private final AtomicInteger forwarded = new AtomicInteger();
    private volatile Fault fault;
    private volatile MockWebServer server;
    private final int port;

    private FaultyUpstream(URI target, boolean https) throws IOException {
        this.target = target;
        this.https = https;
        this.server = serveBelowEphemeralPorts();
        this.port = server.getPort();
    }

    /** Forwards to {@code target}; over TLS (the test certificate) when {@code https}. */
    static FaultyUpstream start(URI target, boolean https) throws IOException {
        return new FaultyUpstream(target, https);
    }

    /** The base URL sources use. */
    String url() {
        return (https ? "https" : "http") + "://127.0.0.1:" + port + "/";
    }

    /** How many requests reached the simulator through here. */
    int forwarded() {
        return forwarded.get();
    }

    /** From now on, answers with {@code f} (refuses connections for {@link Fault#CONNECTION_REFUSED}). */
    void fail(Fault f) {
        fault = f;
        if (f == Fault.CONNECTION_REFUSED) {
            server.close();
        }
    }

    /** Forwards again (listening again on the same port if it had stopped). */
    void recover() throws IOException {
        Fault was = fault;
        fault = null;
        if (was == Fault.CONNECTION_REFUSED) {
            server = serveAgain();
        }
    }

    /**
     * Listens on a free port below the range the system hands out to outgoing connections: this port is let
     * go while connections are refused and must be free to listen on again, which an ephemeral port is not
     * (any client connection may be given it as its local port, and keep it for minutes).
     */
    private MockWebServer serveBelowEphemeralPorts() throws IOException {
        int lowestEphemeral = lowestEphemeralPort();
        Random random = new Random();
        for (int tries = 0; tries < 50; tries++) {
            int candidate = 10_000 + random.nextInt(Math.max(1, lowestEphemeral - 10_000));
            try {
                return serve(candidate);
            } catch (BindException e) {
                // taken: try another
            }
        }
        return serve(0);
    }

    private static int lowestEphemeralPort() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // the Linux default; elsewhere a guess that is usually right
        }
    }

    /**
     * Listens on the old port again. A client trying a port nobody listens on may be handed that very port
     * as its own local port (a TCP self-connect) until its attempt times out, so binding is retried briefly.
     */
    private MockWebServer serveAgain() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try {
                return serve(port);
            } catch (BindException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
    }

    private MockWebServer serve(int onPort) throws IOException {
        MockWebServer s = new MockWebServer();
        if (https) {
            s.useHttps(serverContext().getSocketFactory());
            // HTTP/1.1, so that "Connection: close" holds and every request opens (and handshakes) anew.
            s.setProtocols(List.of(Protocol.HTTP_1_1));
        }
        s.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Fault f = fault;
                if (f == Fault.TLS_FAILURE) {
                    return new MockResponse.Builder().failHandshake().build(); // the server's record of the failed handshake
                }
                return f == null ? forward(request) : f.answer();
            }

            @Override
            public MockResponse peek() {
                MockResponse.Builder b = new MockResponse.Builder();
                return fault == Fault.TLS_FAILURE ? b.failHandshake().build() : b.build();
            }
        });
        try {
            s.start(InetAddress.getLoopbackAddress(), onPort);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private MockResponse forward(RecordedRequest in) {
        String method = in.getMethod();
        RequestBody body = null;
        if (!method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
            String type = in.getHeaders().get("Content-Type");
            body = RequestBody.create(in.getBody() == null ? new byte[0] : in.getBody().toByteArray(),
                    type == null ? null : MediaType.parse(type));
        }
        Request.Builder out = new Request.Builder().url(HttpUrl.get(target.toString()).resolve(in.getTarget()))
                .method(method, body);
        String accept = in.getHeaders().get("Accept");
        if (accept != null) {
            out.header("Accept", accept);
        }
        try (Response r = forward.newCall(out.build()).execute()) {
            forwarded.incrementAndGet();
            MockResponse.Builder b = new MockResponse.Builder().code(r.code()).addHeader("Connection", "close");
            Headers headers = r.headers();
            for (int i = 0; i < headers.size(); i++) {
                String name = headers.name(i).toLowerCase(Locale.ROOT);
                if (!name.equals("content-length") && !name.equals("transfer-encoding") && !name.equals("connection")) {
                    b.addHeader(headers.name(i), headers.value(i));
                }
            }
            ResponseBody rb = r.body();
            return b.body(new Buffer().write(rb.bytes())).build();
        } catch (IOException e) {
            return new MockResponse.Builder().code(502).addHeader("Connection", "close")
                    .body("simulator unreachable: " + e.getMessage()).build();
        }
    }

    private static SSLContext serverContext() throws IOException {
        try (InputStream in = FaultyUpstream.class.getResourceAsStream("/tls/server.p12")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, "changeit".toCharArray());
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, "changeit".toCharArray());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("test TLS material unusable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        forward.dispatcher().executorService().shutdown();
        forward.connectionPool().evictAll();
    }
}
