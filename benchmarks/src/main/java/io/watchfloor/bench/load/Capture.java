package io.watchfloor.bench.load;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardReducer;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * What a simulator serves at one instant, read once through the real connectors (Alertmanager, Prometheus,
 * ServiceNow) and once as raw bytes: the board's input for in-process benchmarks, taken before the
 * measurement so that no HTTP runs during it. Immutable.
 *
 * @param services      the simulator's estate
 * @param sources       the three sources as configured for the connectors
 * @param events        what each connector reported (alerts, availability, incidents)
 * @param alertsJson    {@code GET /api/v2/alerts?active=true&silenced=true&inhibited=true}, as served
 * @param silencesJson  {@code GET /api/v2/silences}, as served
 */
public record Capture(List<Service> services, List<SourceConfig> sources, List<SourceEvent> events, byte[] alertsJson,
                      byte[] silencesJson) {
    /** The connectors' query for alerts, which the raw bytes repeat. */
    public static final String ALERTS_PATH = "/api/v2/alerts?active=true&silenced=true&inhibited=true";
    public static final String SILENCES_PATH = "/api/v2/silences";

    public Capture {
        services = List.copyOf(services);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
    }

    /** Starts a simulator with {@code options}, reads it, stops it. */
    public static Capture of(SimulatorOptions options) throws IOException, InterruptedException {
        try (Simulator sim = Simulator.start(options)) {
            return of(sim);
        }
    }

    /** Reads a running simulator. */
    public static Capture of(Simulator sim) throws IOException, InterruptedException {
        List<SourceConfig> sources = demoSources(sim.baseUrl().toString());
        OkHttpClient http = Connectors.sharedClient();
        List<SourceEvent> events = new ArrayList<>();
        try {
            for (SourceConfig cfg : sources) {
                try (SourceConnector c = Connectors.create(cfg, http, java.time.Clock.systemUTC(), name -> Optional.empty())) {
                    events.addAll(c.poll());
                } catch (io.watchfloor.connectors.SourceException e) {
                    throw new IOException("could not read " + cfg.id() + " from the simulator: " + e.getMessage(), e);
                }
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        HttpClient raw = HttpClient.newHttpClient();
        return new Capture(sim.estate().services(), sources, events, get(raw, sim.baseUrl(), ALERTS_PATH),
                get(raw, sim.baseUrl(), SILENCES_PATH));
    }

    /** The demo's three sources (Alertmanager, Prometheus, ServiceNow) on one simulator URL. */
    public static List<SourceConfig> demoSources(String url) {
        return List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, Duration.ofSeconds(2)),
                SourceConfig.simple(SourceId.of("prom"), SourceKind.PROMETHEUS, url, Duration.ofSeconds(15)),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, Duration.ofSeconds(10)));
    }

    private static byte[] get(HttpClient client, URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The alerts the Alertmanager connector reported. */
    public List<Alert> alerts() {
        return events.stream().filter(e -> e instanceof SourceEvent.AlertsObserved)
                .flatMap(e -> ((SourceEvent.AlertsObserved) e).alerts().stream()).toList();
    }

    /** The id of the Alertmanager source. */
    public SourceId alertSource() {
        return sources.get(0).id();
    }

    /** A reducer that has declared the three sources and applied what they reported. */
    public BoardReducer reducer(Duration resolvedRetention) {
        BoardReducer reducer = new BoardReducer(services, resolvedRetention);
        for (SourceConfig c : sources) {
            reducer.register(SourceHealth.pending(c.id(), c.kind(), c.urls().get(0), c.pollInterval()));
        }
        events.forEach(reducer::apply);
        return reducer;
    }
}
