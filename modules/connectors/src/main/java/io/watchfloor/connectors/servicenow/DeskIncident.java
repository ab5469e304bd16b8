package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An incident as read just before an operator action writes to it ({@code sysparm_display_value=all}):
 * what the conflict checks and the write need. Immutable.
 *
 * @param number        INC number
 * @param state         state code (1 New .. 8 Canceled), 0 when unreadable
 * @param assignee      the assignee's display name, "" when unassigned
 * @param assigneeLogin the assignee's user name, "" when unassigned or not readable
 * @param priority      priority code 1..5, 0 when unreadable
 * @param resolvedAt    resolved_at (UTC)
 * @param resolvedBy    resolved_by's display name, "" when unknown
 * @param closedAt      closed_at (UTC)
 * @param closedBy      closed_by's display name, "" when unknown
 * @param updatedAt     sys_updated_on (UTC)
 * @param updatedBy     sys_updated_by (a user name), "" when unknown
 * @param journalText   the display values of work_notes and comments (the journal as text, newest
 *                      first), "" when the desk does not render them
 */
record DeskIncident(String number, int state, String assignee, String assigneeLogin, int priority,
                    Optional<Instant> resolvedAt, String resolvedBy, Optional<Instant> closedAt, String closedBy,
                    Optional<Instant> updatedAt, String updatedBy, String journalText) {

    /** The fields read ({@code sysparm_fields}). */
    static final List<String> FIELDS = List.of("sys_id", "number", "state", "assigned_to", "assigned_to.user_name",
            "priority", "resolved_at", "resolved_by", "closed_at", "closed_by", "sys_updated_on", "sys_updated_by",
            "work_notes", "comments");
    /** The fields read when there is no marker to look for: the journal text grows with every note. */
    static final List<String> FIELDS_BUT_JOURNAL = FIELDS.stream()
            .filter(f -> !f.equals("work_notes") && !f.equals("comments")).toList();

    static DeskIncident from(JsonNode row) {
        return new DeskIncident(SnowValues.value(row, "number"), code(row, "state"), SnowValues.display(row, "assigned_to"),
                SnowValues.value(row, "assigned_to.user_name"), code(row, "priority"), instant(row, "resolved_at"),
                SnowValues.display(row, "resolved_by"), instant(row, "closed_at"), SnowValues.display(row, "closed_by"),
                instant(row, "sys_updated_on"), SnowValues.display(row, "sys_updated_by"),
                SnowValues.display(row, "work_notes") + "\n" + SnowValues.display(row, "comments"));
    }

    /** Resolved (6), Closed (7) or Canceled (8): no operator action may change it any more. */
    boolean settled() {
        return state == 6 || state == 7 || state == 8;
    }

    /** Why it is settled: "INC0010044 was resolved upstream at 2026-08-20 10:06:12 UTC by Beth Anglin". */
    String settledReason() {
        switch (state) {
            case 6:
                return number + " was resolved upstream" + at(resolvedAt.or(() -> updatedAt)) + by(resolvedBy);
            case 7:
                return number + " was closed upstream" + at(closedAt.or(() -> updatedAt)) + by(closedBy);
            default:
                return number + " was canceled upstream" + at(updatedAt) + by(updatedBy);
        }
    }

    boolean assigned() {
        return !assignee.isEmpty();
    }

    /** Whether the assignee is this operator (by display name or user name, ignoring case). */
    boolean assignedTo(String operator) {
        String op = operator.trim().toLowerCase(Locale.ROOT);
        return assigned() && (assignee.toLowerCase(Locale.ROOT).equals(op) || assigneeLogin.toLowerCase(Locale.ROOT).equals(op));
    }

    private static String at(Optional<Instant> t) {
        return t.map(i -> " at " + i.toString().replace('T', ' ').replace("Z", " UTC")).orElse("");
    }

    private static String by(String who) {
        return who.isEmpty() ? "" : " by " + who;
    }

    private static int code(JsonNode row, String field) {
        try {
            return SnowValues.code(row, field);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private static Optional<Instant> instant(JsonNode row, String field) {
        try {
            return SnowValues.optionalInstant(row, field);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
