package io.watchfloor.simulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loopback HTTP server (JDK {@code HttpServer} on 127.0.0.1) that serves every simulated API on one
 * port. Requests run on a small pool of daemon threads {@code wf-sim-http-N}; each one is handled under
 * the simulator lock, so handlers see a consistent state and writes are ordered.
 */
public final class HttpHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpHost.class);
    private static final int THREADS = 3;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final int port;

    private HttpHost(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
        this.port = server.getAddress().getPort();
    }

    /** Binds 127.0.0.1:{@code port} (0 = ephemeral); the server answers once {@link #start} is called. */
    public static HttpHost bind(int port) throws IOException {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs and every
        // response takes ~40 ms. The server reads this property once, when its first instance is made.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        return new HttpHost(server, executor);
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Starts serving {@code router}; {@code now} is read under {@code lock} for each request. */
    public void start(Router router, Lock lock, Supplier<Instant> now, WriteObserver writes) {
        server.createContext("/", exchange -> serve(exchange, router, lock, now, writes));
        server.start();
    }

    private static void serve(HttpExchange exchange, Router router, Lock lock, Supplier<Instant> now,
                              WriteObserver writes) throws IOException {
        try (exchange) {
            String body = readBody(exchange.getRequestBody());
            Response response;
            lock.lock();
            try {
                response = handle(exchange, body, router, now.get(), writes);
            } finally {
                lock.unlock();
            }
            send(exchange, response);
        }
    }

    private static Response handle(HttpExchange exchange, String body, Router router, Instant now,
                                   WriteObserver writes) {
        URI uri = exchange.getRequestURI();
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        Request request = new Request(method, uri.getPath(), rawQuery, FormCodec.decode(rawQuery),
                headers(exchange), body, now, Map.of());
        try {
            Router.Outcome outcome = router.route(request);
            if (outcome.write()) {
                writes.written(now, method, request.path(), rawQuery, body);
            }
            return outcome.response();
        } catch (RuntimeException e) {
            LOG.error("simulator failed to answer {} {}", method, uri, e);
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
                writes.written(now, method, request.path(), rawQuery, body);
            }
            return Response.text(500, "internal simulator error: " + e.getMessage());
        }
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return headers;
    }

    private static String readBody(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        if (!response.contentType().isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops accepting, lets running exchanges finish for up to one second, and stops the threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "wf-sim-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
