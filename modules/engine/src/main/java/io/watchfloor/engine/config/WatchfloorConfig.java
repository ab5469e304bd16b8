package io.watchfloor.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Service;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated configuration: the sources to read and the service catalog.
 *
 * @param sources  at least one source, unique ids
 * @param services the configured services (may be empty: services are then discovered from alerts)
 * @param wall     the {@code wall:} section (pages, theme, screens), read and validated by the app that owns it
 * @param operator the {@code operator:} section
 * @param escalation the escalation matrix ({@link EscalationMatrix#DEFAULT} when not configured)
 */
public record WatchfloorConfig(List<SourceConfig> sources, List<Service> services, Optional<JsonNode> wall,
                               OperatorSettings operator, EscalationMatrix escalation) {
    public WatchfloorConfig {
        sources = List.copyOf(sources);
        services = List.copyOf(services);
        Objects.requireNonNull(wall, "wall");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(escalation, "escalation");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no sources configured");
        }
        if (sources.stream().map(SourceConfig::id).distinct().count() != sources.size()) {
            throw new IllegalArgumentException("source ids must be unique");
        }
        wall = wall.map(JsonNode::deepCopy);
    }

    /** A configuration with no wall section. */
    public WatchfloorConfig(List<SourceConfig> sources, List<Service> services) {
        this(sources, services, Optional.empty(), OperatorSettings.DEFAULT, EscalationMatrix.DEFAULT);
    }
}
