package io.watchfloor.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Service;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated configuration: the sources to read, the service catalog, the wall, the operator, the
 * escalation matrix and the SLA policies and escalation rules.
 *
 * @param sources  at least one source, unique ids
 * @param services the configured services (may be empty: services are then discovered from alerts)
 * @param wall     the {@code wall:} section (pages, theme, screens), read and validated by the app that owns it
 * @param operator the {@code operator:} section
 * @param escalation the escalation matrix ({@link EscalationMatrix#DEFAULT} when not configured)
 * @param sla        SLA policies and escalation rules; their levels are the matrix's tiers, one for one
 */
public record WatchfloorConfig(List<SourceConfig> sources, List<Service> services, Optional<JsonNode> wall,
                               OperatorSettings operator, EscalationMatrix escalation, SlaSettings sla) {
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
        Objects.requireNonNull(sla, "sla");
        if (sla.escalation().levels().size() != escalation.tiers().size()) {
            throw new IllegalArgumentException("the escalation rules have " + sla.escalation().levels().size()
                    + " levels but the matrix has " + escalation.tiers().size() + " tiers");
        }
    }

    /** A configuration with the default SLA policies and escalation rules on {@code escalation}'s tiers. */
    public WatchfloorConfig(List<SourceConfig> sources, List<Service> services, Optional<JsonNode> wall,
                            OperatorSettings operator, EscalationMatrix escalation) {
        this(sources, services, wall, operator, escalation, SlaSettings.defaults(escalation));
    }

    /** The same configuration with other SLA settings (the demo adds a peak window this way). */
    public WatchfloorConfig withSla(SlaSettings newSla) {
        return new WatchfloorConfig(sources, services, wall, operator, escalation, newSla);
    }

    /** A configuration with no wall section and the default operator, matrix, SLA policies and rules. */
    public WatchfloorConfig(List<SourceConfig> sources, List<Service> services) {
        this(sources, services, Optional.empty(), OperatorSettings.DEFAULT, EscalationMatrix.DEFAULT);
    }
}
