package io.watchfloor.core.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * One level of the escalation matrix and who it is. Immutable.
 *
 * <p>{@code level} uses the numbering of {@link io.watchfloor.core.Incident#escalationTier()} and of
 * {@link io.watchfloor.core.EscalationMatrix} tier indexes: 0 is first line (tier 1), 1 the next
 * (tier 2), and so on. In an {@link EscalationPolicy} the level equals its position in the list.
 *
 * @param level  0 for first line, counting up
 * @param name   what people call it ("Tier 2", "Shift lead", "Duty manager")
 * @param group  the desk assignment group at this level, if any
 * @param onCall the on-call person or rota at this level, if any
 */
public record EscalationLevel(int level, String name, Optional<String> group, Optional<String> onCall) {
    public EscalationLevel {
        if (level < 0) {
            throw new IllegalArgumentException("escalation level must be >= 0, was " + level);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an escalation level needs a name");
        }
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(onCall, "onCall");
    }

    /** Who to call, for people: "Shift lead (NOC Shift Leads, on call: Dana Weiss)". */
    public String who() {
        StringBuilder b = new StringBuilder(name);
        if (group.isPresent() || onCall.isPresent()) {
            b.append(" (");
            group.ifPresent(b::append);
            onCall.ifPresent(o -> b.append(group.isPresent() ? ", " : "").append("on call: ").append(o));
            b.append(')');
        }
        return b.toString();
    }
}
