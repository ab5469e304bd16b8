package io.watchfloor.connectors;

import io.watchfloor.connectors.alertmanager.AlertmanagerConnector;
import io.watchfloor.connectors.icinga.IcingaConnector;
import io.watchfloor.connectors.prometheus.PrometheusConnector;
import io.watchfloor.connectors.rt.RtConnector;
import io.watchfloor.connectors.servicenow.ServiceNowConnector;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Builds the connector for a configured source. The composition root creates ONE shared client with
 * {@link #sharedClient()} and passes it to every {@link #create} call; each source derives its own
 * variant (timeouts, auth, CA) with {@code newBuilder()}, so all sources share one connection pool
 * and dispatcher. Stateless; call from any thread.
 */
public final class Connectors {
    private Connectors() {
    }

    /**
     * Creates the connector for {@code cfg.kind()}.
     *
     * @param shared the application's one HTTP client; not closed by connectors
     * @param clock  the time source for observation instants and SLA measurements
     * @param env    reads environment variables (secrets are referenced by variable name)
     * @throws IllegalArgumentException on a configuration error, e.g.
     *                                  "source snow: environment variable SNOW_PASSWORD is not set"
     */
    public static SourceConnector create(SourceConfig cfg, OkHttpClient shared, Clock clock,
                                         Function<String, Optional<String>> env) {
        SourceHttp http = SourceHttp.create(cfg, shared, clock, env);
        switch (cfg.kind()) {
            case ALERTMANAGER:
                return new AlertmanagerConnector(cfg, http);
            case PROMETHEUS:
                return new PrometheusConnector(cfg, http);
            case SERVICENOW:
                return new ServiceNowConnector(cfg, http);
            case ICINGA2:
                return new IcingaConnector(cfg, http, shared, env);
            case RT:
                return new RtConnector(cfg, http, env);
            default:
                throw new IllegalArgumentException("source " + cfg.id() + ": no connector for type " + cfg.kind());
        }
    }

    /**
     * The application's one shared HTTP client: default timeouts of 10 s (sources override them),
     * a 30 s call timeout, no HTTPS-to-HTTP redirects. Call once, at start-up.
     */
    public static OkHttpClient sharedClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(30))
                .followSslRedirects(false)
                .build();
    }
}
