package io.watchfloor.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One level of the escalation matrix.
 *
 * @param name     what people call it ("Tier 2", "Shift lead")
 * @param group    the desk assignment group that owns incidents at this level, if any
 * @param priority the priority an incident is raised to when it reaches this level, if any
 */
public record EscalationTier(String name, Optional<String> group, Optional<Priority> priority) {
    public EscalationTier {
        Alert.requireText(name, "tier name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(priority, "priority");
    }
}
