package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.core.SourceId;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows Icinga's event stream ({@code POST /v1/events}, newline-delimited JSON on one long-lived
 * HTTP/1.1 response) for StateChange, AcknowledgementSet, AcknowledgementCleared and CommentAdded on its
 * own daemon thread {@code wf-stream-<source>}, and calls {@code onChange} for every such event and after
 * every (re)connect (to pick up what happened while it was away). Events are a trigger to re-read, never
 * the data itself: the objects API stays the one truth, so a lost or late event costs latency, not state.
 *
 * <p>On a drop or a refused connection it reconnects with exponential backoff (1 s doubling to 30 s,
 * reset once a connection is up), rotating through the configured URLs. {@link #close()} cancels the
 * call and ends the thread. {@code onChange} runs on the stream thread and must not block.
 */
final class IcingaEventStream implements AutoCloseable {
    static final List<String> TYPES = List.of("StateChange", "AcknowledgementSet", "AcknowledgementCleared", "CommentAdded");
    private static final Set<String> TYPE_SET = Set.copyOf(TYPES);
    private static final Logger LOG = LoggerFactory.getLogger(IcingaEventStream.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final SourceId source;
    private final OkHttpClient client;
    private final List<HttpUrl> bases;
    private final Runnable onChange;
    private final String queue;
    private final Object lock = new Object();
    private Thread thread;
    private Call current;
    private volatile boolean closed;
    private volatile long events;

    IcingaEventStream(SourceId source, OkHttpClient client, List<HttpUrl> bases, Runnable onChange) {
        this.source = source;
        this.client = client;
        this.bases = List.copyOf(bases);
        this.onChange = onChange;
        this.queue = "watchfloor-" + source.value() + "-" + UUID.randomUUID();
    }

    /** Starts the stream thread once; later calls do nothing. */
    void start() {
        synchronized (lock) {
            if (thread != null || closed) {
                return;
            }
            thread = new Thread(this::run, "wf-stream-" + source.value());
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Relevant events received so far (for logs and tests). */
    long events() {
        return events;
    }

    static HttpUrl eventsUrl(HttpUrl base, String queue) {
        HttpUrl.Builder b = SourceHttp.resolve(base, "v1/events").addQueryParameter("queue", queue);
        TYPES.forEach(t -> b.addQueryParameter("types", t));
        return b.build();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        boolean failing = false;
        for (int attempt = 0; !closed; attempt++) {
            HttpUrl base = bases.get(Math.floorMod(attempt, bases.size()));
            try {
                follow(base, failing);
                failing = false;
                backoff = FIRST_BACKOFF;
                if (!closed) {
                    LOG.info("source {}: event stream from {} ended; reconnecting", source, SourceHttp.display(base));
                }
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!failing) {
                    LOG.warn("source {}: event stream from {} failed ({}); retrying with backoff", source,
                            SourceHttp.display(base), SourceHttp.oneLine(String.valueOf(e.getMessage()), 200));
                }
                failing = true;
            }
            if (!pause(failing ? backoff : FIRST_BACKOFF)) {
                return;
            }
            if (failing) {
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** One connection: returns when the server ends the stream; throws when it fails. */
    private void follow(HttpUrl base, boolean wasFailing) throws IOException {
        Request request = new Request.Builder().url(eventsUrl(base, queue)).header("Accept", "application/json")
                .post(RequestBody.create(new byte[0], MediaType.get("application/json"))).build();
        Call call;
        synchronized (lock) {
            if (closed) {
                return;
            }
            call = client.newCall(request);
            current = call;
        }
        try (Response response = call.execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " from " + SourceHttp.display(base) + "v1/events");
            }
            if (wasFailing) {
                LOG.info("source {}: event stream from {} is back", source, SourceHttp.display(base));
            }
            onChange.run(); // whatever changed while we were not listening
            BufferedSource body = response.body().source();
            String line;
            while (!closed && (line = body.readUtf8Line()) != null) {
                handle(line);
            }
        }
    }

    private void handle(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode event = JSON.readTree(line);
            if (TYPE_SET.contains(event.path("type").asText())) {
                events++;
                LOG.debug("source {}: {} for {}", source, event.path("type").asText(), event.path("host").asText());
                onChange.run();
            }
        } catch (IOException e) {
            LOG.debug("source {}: skipping an unreadable event line", source);
        }
    }

    private boolean pause(Duration d) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            try {
                lock.wait(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return !closed;
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            closed = true;
            if (current != null) {
                current.cancel();
            }
            lock.notifyAll();
            t = thread;
        }
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
