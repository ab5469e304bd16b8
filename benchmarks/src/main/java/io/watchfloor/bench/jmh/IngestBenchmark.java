package io.watchfloor.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.BoardReducer;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure a, ingest: one Alertmanager poll of the stress load (10,000 alerts, as the simulator serves them)
 * through the real {@code AlertmanagerConnector} (OkHttp call, capped body read, alerts bound from Jackson's
 * token stream, mapping to core alerts) and folded into a {@link BoardReducer}, against the baseline of a bare
 * Jackson {@code readTree} of the same bytes. The bytes are served by an OkHttp interceptor, so no socket is
 * involved on either side. One operation is one poll of all the alerts; alerts/s = ops/s x alerts per poll.
 *
 * <p>The same bytes every poll is the steady state of a real wall, where a poll finds most alerts as they were
 * (the connector then hands on the previous poll's alert instances); {@link #firstPollAndReduce} is the other
 * end, a fresh connector and board each time, so that every alert is new.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestBenchmark {
    /** Where the connector believes Alertmanager is; never resolved, the interceptor answers first. */
    static final String URL = "http://alertmanager.bench.invalid:9093";

    private byte[] alerts;
    private SourceConnector connector;
    private BoardReducer reducer;
    private OkHttpClient http;
    private final ObjectMapper bare = new ObjectMapper();
    private Capture capture;
    private SourceConfig cfg;

    @Setup
    public void load() throws IOException, InterruptedException {
        capture = Capture.of(LoadProfile.stressSimulator(Clock.systemUTC()));
        alerts = capture.alertsJson();
        byte[] silences = capture.silencesJson();
        http = Connectors.sharedClient().newBuilder().addInterceptor(chain -> {
            String path = chain.request().url().encodedPath();
            byte[] body = path.endsWith("/api/v2/alerts") ? alerts : path.endsWith("/api/v2/silences") ? silences : null;
            if (body == null) {
                throw new IOException("no canned answer for " + path);
            }
            return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
        }).build();
        cfg = SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, URL, Duration.ofSeconds(1));
        connector = Connectors.create(cfg, http, Clock.systemUTC(), name -> Optional.empty());
        reducer = newBoard();
    }

    private BoardReducer newBoard() {
        BoardReducer board = new BoardReducer(capture.services(), Duration.ofMinutes(10));
        board.register(SourceHealth.pending(cfg.id(), cfg.kind(), URL, cfg.pollInterval()));
        return board;
    }

    @TearDown
    public void close() {
        connector.close();
        http.dispatcher().executorService().shutdown();
    }

    /** The connector's poll of the alerts and silences, then the reducer folding the observation in. */
    @Benchmark
    public List<SourceEvent> connectorPollAndReduce() throws SourceException {
        List<SourceEvent> events = connector.poll();
        events.forEach(reducer::apply);
        return events;
    }

    /** The first poll after a start: a fresh connector (nothing to reuse) and an empty board, every operation. */
    @Benchmark
    public List<SourceEvent> firstPollAndReduce() throws SourceException {
        try (SourceConnector fresh = Connectors.create(cfg, http, Clock.systemUTC(), name -> Optional.empty())) {
            BoardReducer board = newBoard();
            List<SourceEvent> events = fresh.poll();
            events.forEach(board::apply);
            return events;
        }
    }

    /** The baseline: Jackson parsing the same alert bytes into a tree, nothing else. */
    @Benchmark
    public JsonNode bareJacksonParse() throws IOException {
        return bare.readTree(alerts);
    }
}
