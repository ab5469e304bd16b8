package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Maps one {@code incident} row read with {@code sysparm_display_value=all} to a core {@link Incident}
 * (without clocks and journal): {@code correlation_id}, when set, is its linked alert (Watchfloor
 * writes the alert key there when it opens an incident from an alert); the timeline holds "opened" and,
 * when resolved, "resolved". A row with an unreadable value is skipped and reported, never fatal.
 * Immutable apart from the reporter; thread-safe.
 */
final class IncidentMapper {
    /** The incident fields the mapper reads, besides the service field. */
    static final List<String> FIELDS = List.of("sys_id", "number", "short_description", "priority", "state",
            "incident_state", "assigned_to", "assignment_group", "opened_at", "sys_updated_on", "resolved_at",
            "correlation_id", "opened_by", "resolved_by", "close_code", "close_notes");

    private final SourceId source;
    private final String serviceField;
    private final SkippedRecords skipped;

    IncidentMapper(SourceId source, String serviceField, SkippedRecords skipped) {
        this.source = source;
        this.serviceField = serviceField;
        this.skipped = skipped;
    }

    Optional<Incident> incident(JsonNode row) {
        if (!row.isObject()) {
            skipped.skip("incident:" + row, "incident row that is not a JSON object: " + row.getNodeType());
            return Optional.empty();
        }
        String sysId = SnowValues.value(row, "sys_id");
        String number = SnowValues.value(row, "number");
        String name = number.isEmpty() ? "with sys_id '" + sysId + "'" : number;
        try {
            if (sysId.isEmpty() || number.isEmpty()) {
                throw new IllegalArgumentException("sys_id or number is empty");
            }
            String title = SnowValues.display(row, "short_description");
            Instant openedAt = SnowValues.instant(row, "opened_at");
            Optional<Instant> resolvedAt = SnowValues.optionalInstant(row, "resolved_at");
            String correlation = SnowValues.value(row, "correlation_id");
            return Optional.of(new Incident(source, sysId, number, title,
                    SnowValues.slug(SnowValues.display(row, serviceField)),
                    Priority.fromCode(SnowValues.code(row, "priority")),
                    state(row),
                    nonEmpty(SnowValues.display(row, "assigned_to")),
                    nonEmpty(SnowValues.display(row, "assignment_group")),
                    0,
                    openedAt,
                    SnowValues.instant(row, "sys_updated_on"),
                    resolvedAt,
                    correlation.isEmpty() ? List.of() : List.of(correlation),
                    List.of(),
                    Optional.empty(),
                    IncidentHistory.fromRow(openedAt, SnowValues.display(row, "opened_by"), title, resolvedAt,
                            SnowValues.display(row, "resolved_by"), SnowValues.display(row, "close_code"),
                            SnowValues.display(row, "close_notes"))));
        } catch (IllegalArgumentException e) {
            skipped.skip("incident:" + sysId + number, "incident " + name + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code state}, falling back to the legacy {@code incident_state} when it is not a known code. */
    private static IncidentState state(JsonNode row) {
        try {
            return IncidentState.fromCode(SnowValues.code(row, "state"));
        } catch (IllegalArgumentException e) {
            try {
                return IncidentState.fromCode(SnowValues.code(row, "incident_state"));
            } catch (IllegalArgumentException legacy) {
                throw new IllegalArgumentException("state '" + SnowValues.value(row, "state") + "' and incident_state '"
                        + SnowValues.value(row, "incident_state") + "' are not incident state codes");
            }
        }
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
