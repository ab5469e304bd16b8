package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link IncidentScript} as a short story: open, assign, escalate, hold, resolve, close. */
public final class IncidentStory {
    /** Who closes resolved incidents automatically. */
    public static final String SYSTEM = "system";

    private final String key;
    private final Instant openedAt;
    private final String openedBy;
    private final Map<IncidentField, String> opening = new EnumMap<>(IncidentField.class);
    private final List<IncidentChange> steps = new ArrayList<>();

    private IncidentStory(String key, Instant openedAt, String openedBy) {
        this.key = key;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        opening.put(IncidentField.STATE, "1");
    }

    /** A new incident opened at {@code at} by {@code openedBy}, state New. */
    public static IncidentStory open(String key, Instant at, String openedBy) {
        return new IncidentStory(key, at, openedBy);
    }

    /** Sets an opening value. */
    public IncidentStory with(IncidentField field, String value) {
        opening.put(field, value);
        return this;
    }

    /** Opening title, service, impact and urgency in one call. */
    public IncidentStory about(String service, String title, String description, int impact, int urgency) {
        return with(IncidentField.BUSINESS_SERVICE, service).with(IncidentField.SHORT_DESCRIPTION, title)
                .with(IncidentField.DESCRIPTION, description).with(IncidentField.IMPACT, Integer.toString(impact))
                .with(IncidentField.URGENCY, Integer.toString(urgency));
    }

    /** A generic change. */
    public IncidentStory step(Instant at, String author, Map<IncidentField, String> values, List<JournalEntry> journal) {
        steps.add(IncidentChange.scripted(at, author, values, journal));
        return this;
    }

    /** Assigned to {@code person} of {@code group}, In Progress, with a work note. */
    public IncidentStory assign(Instant at, String group, String person, String note) {
        return step(at, person, Map.of(IncidentField.STATE, "2", IncidentField.ASSIGNMENT_GROUP, group,
                IncidentField.ASSIGNED_TO, person), List.of(JournalEntry.note(note)));
    }

    /** A work note only. */
    public IncidentStory note(Instant at, String author, String text) {
        return step(at, author, Map.of(), List.of(JournalEntry.note(text)));
    }

    /** A customer-visible comment only. */
    public IncidentStory comment(Instant at, String author, String text) {
        return step(at, author, Map.of(), List.of(JournalEntry.comment(text)));
    }

    /** On Hold with a reason code (1 caller, 3 problem, 4 vendor, 5 change). */
    public IncidentStory hold(Instant at, String author, String reasonCode, String note) {
        return step(at, author, Map.of(IncidentField.STATE, "3", IncidentField.HOLD_REASON, reasonCode),
                List.of(JournalEntry.note(note)));
    }

    /** Back to In Progress from On Hold. */
    public IncidentStory resume(Instant at, String author, String note) {
        return step(at, author, Map.of(IncidentField.STATE, "2", IncidentField.HOLD_REASON, ""),
                List.of(JournalEntry.note(note)));
    }

    /** Resolved with a close code and notes. */
    public IncidentStory resolve(Instant at, String author, String closeCode, String notes) {
        return step(at, author, Map.of(IncidentField.STATE, "6", IncidentField.CLOSE_CODE, closeCode,
                IncidentField.CLOSE_NOTES, notes), List.of());
    }

    /** Closed automatically by the system. */
    public IncidentStory close(Instant at) {
        return step(at, SYSTEM, Map.of(IncidentField.STATE, "7"), List.of());
    }

    public Instant openedAt() {
        return openedAt;
    }

    public IncidentScript build() {
        return new IncidentScript(key, openedAt, openedBy, opening, steps);
    }
}
