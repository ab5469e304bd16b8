package io.watchfloor.engine;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.engine.config.WatchfloorConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Builds an {@link Engine} from a validated configuration: one connector per source, one shared HTTP client,
 * the SLA policies and escalation rules.
 */
public final class Engines {
    private Engines() {
    }

    /**
     * @param config the configuration
     * @param http   the one shared HTTP client; connectors derive per-source variants from it
     * @param clock  the time source
     * @param env    reads environment variables named by the config (secrets are never in the file)
     * @throws IllegalArgumentException when a source cannot be built (e.g. its password variable is unset)
     */
    public static Engine fromConfig(WatchfloorConfig config, OkHttpClient http, Clock clock,
                                    Function<String, Optional<String>> env) {
        List<PolledSource> sources = new ArrayList<>();
        for (SourceConfig c : config.sources()) {
            sources.add(new PolledSource(Connectors.create(c, http, clock, env), c.pollInterval()));
        }
        Engine engine = new Engine(sources, config.services(), clock, Duration.ofSeconds(1));
        engine.useSla(config.sla().policies(), config.sla().escalation(), config.escalation());
        return engine;
    }
}
