package io.watchfloor.core;

import java.util.Locale;

/** What an operator can do, and the least role allowed to do it. */
public enum ActionKind {
    ACKNOWLEDGE(Role.OPERATOR),
    UNACKNOWLEDGE(Role.OPERATOR),
    ANNOTATE(Role.OPERATOR),
    ASSIGN(Role.OPERATOR),
    SILENCE(Role.OPERATOR),
    CREATE_INCIDENT(Role.OPERATOR),
    ESCALATE(Role.LEAD),
    RESOLVE(Role.LEAD);

    private final Role leastRole;

    ActionKind(Role leastRole) {
        this.leastRole = leastRole;
    }

    public Role leastRole() {
        return leastRole;
    }

    /** The verb as operators and the CLI say it: {@code create-incident}. */
    public String verb() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
