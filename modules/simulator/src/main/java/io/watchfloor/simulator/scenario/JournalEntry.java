package io.watchfloor.simulator.scenario;

import java.util.Objects;

/**
 * One journal line added to an incident.
 *
 * @param workNote true for an internal work note, false for a customer-visible comment
 * @param text     the text
 */
public record JournalEntry(boolean workNote, String text) {
    public JournalEntry {
        Objects.requireNonNull(text, "text");
    }

    public static JournalEntry note(String text) {
        return new JournalEntry(true, text);
    }

    public static JournalEntry comment(String text) {
        return new JournalEntry(false, text);
    }
}
