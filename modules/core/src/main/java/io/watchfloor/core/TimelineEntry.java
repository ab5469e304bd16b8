package io.watchfloor.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an incident's history as the desk records it: opened, a work note, a state change.
 *
 * @param at   when it happened
 * @param kind what it is ("opened", "work note", "comment", "state", "assigned", "resolved", ...)
 * @param who  who did it, when the desk says
 * @param text what it says
 */
public record TimelineEntry(Instant at, String kind, Optional<String> who, String text) {
    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Alert.requireText(kind, "kind");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(text, "text");
    }
}
