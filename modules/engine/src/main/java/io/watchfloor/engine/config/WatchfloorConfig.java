package io.watchfloor.engine.config;

import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Service;
import java.util.List;

/**
 * The validated configuration: the sources to read and the service catalog.
 *
 * @param sources  at least one source, unique ids
 * @param services the configured services (may be empty: services are then discovered from alerts)
 */
public record WatchfloorConfig(List<SourceConfig> sources, List<Service> services) {
    public WatchfloorConfig {
        sources = List.copyOf(sources);
        services = List.copyOf(services);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no sources configured");
        }
        if (sources.stream().map(SourceConfig::id).distinct().count() != sources.size()) {
            throw new IllegalArgumentException("source ids must be unique");
        }
    }
}
