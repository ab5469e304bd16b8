package io.watchfloor.simulator.scenario;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One update of an incident at one instant: field values and journal lines. Immutable.
 *
 * @param at      when it happens
 * @param origin  scenario or operator
 * @param author  the person's name (shown in the journal and {@code sys_updated_by})
 * @param values  new field values
 * @param journal journal lines added
 */
public record IncidentChange(Instant at, ChangeOrigin origin, String author, Map<IncidentField, String> values,
                             List<JournalEntry> journal) {
    public IncidentChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(author, "author");
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        journal = List.copyOf(journal);
    }

    /** A scripted change. */
    public static IncidentChange scripted(Instant at, String author, Map<IncidentField, String> values,
                                          List<JournalEntry> journal) {
        return new IncidentChange(at, ChangeOrigin.SCRIPT, author, values, journal);
    }
}
