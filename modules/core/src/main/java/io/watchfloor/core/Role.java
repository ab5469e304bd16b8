package io.watchfloor.core;

import java.util.Locale;

/**
 * What an operator may do. Ordered: each role may do everything the ones before it may.
 * Viewers only watch (the wall); operators acknowledge, annotate, assign and silence; leads also
 * escalate, resolve and reassign groups.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    LEAD;

    /** Whether this role may take actions of this kind. */
    public boolean permits(ActionKind kind) {
        return compareTo(kind.leastRole()) >= 0;
    }

    /** Parses {@code viewer}, {@code operator} or {@code lead}. */
    public static Role parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be viewer, operator or lead, was '" + text + "'");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
