package io.watchfloor.core;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One incident as an ITSM desk reports it. Immutable; the desk stays the owner of every field.
 *
 * @param source         the desk source
 * @param id             the desk's key (ServiceNow sys_id)
 * @param number         the human number (INC0010001)
 * @param title          short description
 * @param service        the affected service, {@link Alert#UNASSIGNED} when the desk names none
 * @param priority       the desk's priority
 * @param state          the desk's state
 * @param assignee       assigned person, if any
 * @param group          assignment group, if any
 * @param escalationTier 0 for first line; raised by escalations
 * @param openedAt       when it was opened
 * @param updatedAt      the desk's last update
 * @param resolvedAt     when it was resolved, if it was
 * @param linkedAlerts   keys of alerts linked to it
 * @param clocks         its SLA clocks
 * @param acknowledgement who took it on and when, when the desk shows it
 * @param timeline       its history as the desk records it, oldest first
 */
public record Incident(
        SourceId source,
        String id,
        String number,
        String title,
        String service,
        Priority priority,
        IncidentState state,
        Optional<String> assignee,
        Optional<String> group,
        int escalationTier,
        Instant openedAt,
        Instant updatedAt,
        Optional<Instant> resolvedAt,
        List<String> linkedAlerts,
        List<SlaClock> clocks,
        Optional<Acknowledgement> acknowledgement,
        List<TimelineEntry> timeline) {

    public Incident {
        Objects.requireNonNull(source, "source");
        Alert.requireText(id, "id");
        Alert.requireText(number, "number");
        Objects.requireNonNull(title, "title");
        Alert.requireText(service, "service");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(group, "group");
        if (escalationTier < 0) {
            throw new IllegalArgumentException("escalation tier must be >= 0, was " + escalationTier);
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        linkedAlerts = List.copyOf(linkedAlerts);
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        timeline = List.copyOf(timeline);
    }

    /** An incident whose desk reports no acknowledgement and no history. */
    public Incident(SourceId source, String id, String number, String title, String service, Priority priority,
                    IncidentState state, Optional<String> assignee, Optional<String> group, int escalationTier,
                    Instant openedAt, Instant updatedAt, Optional<Instant> resolvedAt, List<String> linkedAlerts,
                    List<SlaClock> clocks) {
        this(source, id, number, title, service, priority, state, assignee, group, escalationTier, openedAt,
                updatedAt, resolvedAt, linkedAlerts, clocks, Optional.empty(), List.of());
    }

    /** Same incident with these SLA clocks. */
    public Incident withClocks(List<SlaClock> newClocks) {
        return new Incident(source, id, number, title, service, priority, state, assignee, group,
                escalationTier, openedAt, updatedAt, resolvedAt, linkedAlerts, newClocks, acknowledgement, timeline);
    }

    /** Same incident at this escalation tier (the tier comes from the escalation matrix, not the desk). */
    public Incident withEscalationTier(int tier) {
        return new Incident(source, id, number, title, service, priority, state, assignee, group,
                tier, openedAt, updatedAt, resolvedAt, linkedAlerts, clocks, acknowledgement, timeline);
    }

    /** The live clock that breaches first, if any. */
    public Optional<SlaClock> mostUrgentClock(Instant now) {
        return clocks.stream().filter(SlaClock::live).min(Comparator.comparing(c -> c.remainingAt(now)));
    }

    /** A key unique across sources. */
    public String key() {
        return source.value() + "/" + id;
    }
}
