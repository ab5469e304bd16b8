package io.watchfloor.connectors.rt;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns RT tickets into core {@link Incident}s.
 * <ul>
 *   <li>id and number: the ticket id; title: Subject; group: the queue's name; service: unassigned (RT
 *       tickets name no service);</li>
 *   <li>priority: {@link RtPriority}; state from Status: new NEW, open IN_PROGRESS, stalled ON_HOLD,
 *       resolved RESOLVED, rejected and deleted CANCELED, any other (custom lifecycle) IN_PROGRESS;</li>
 *   <li>assignee: the Owner's name unless it is Nobody; an owned ticket reads as acknowledged by its owner,
 *       since Started (else LastUpdated);</li>
 *   <li>a set Due (RT writes 1970-01-01 for "not set") is a DESK resolution clock running from Created to
 *       Due, named after the SLA level; it reads as breached once Due passes;</li>
 *   <li>timeline: the history's transactions (mail records left out), oldest first.</li>
 * </ul>
 * Stateless apart from the skip reporter; used on the poll thread.
 */
final class TicketMapper {
    private final SourceId source;
    private final SkippedRecords skipped;

    TicketMapper(SourceId source, SkippedRecords skipped) {
        this.source = source;
        this.skipped = skipped;
    }

    Optional<Incident> incident(JsonNode t, List<TimelineEntry> timeline, Instant now) {
        String id = t.path("id").asText("");
        Optional<Instant> created = time(t.path("Created").asText(""));
        if (id.isBlank() || created.isEmpty()) {
            skipped.skip(id.isBlank() ? "(no id)" : id, "no id or creation time");
            return Optional.empty();
        }
        Optional<String> owner = userName(t.path("Owner"));
        Instant updated = time(t.path("LastUpdated").asText("")).orElse(created.get());
        Optional<Acknowledgement> ack = owner.map(o -> new Acknowledgement(o,
                time(t.path("Started").asText("")).orElse(updated), Optional.empty(), "owner"));
        Optional<String> queue = text(t.path("Queue").path("Name"));
        return Optional.of(new Incident(source, id, id, t.path("Subject").asText(""), Alert.UNASSIGNED,
                RtPriority.read(t.path("Priority").asText("")), state(t.path("Status").asText("")), owner, queue, 0,
                created.get(), updated, time(t.path("Resolved").asText("")), List.of(),
                clock(t, created.get(), now).map(List::of).orElse(List.of()), ack, timeline));
    }

    /** The Due clock, when the ticket has a Due date. */
    static Optional<SlaClock> clock(JsonNode t, Instant created, Instant now) {
        Optional<Instant> due = time(t.path("Due").asText(""));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Duration target = Duration.between(created, due.get());
        if (target.compareTo(Duration.ofSeconds(1)) < 0) {
            target = Duration.ofSeconds(1);
        }
        Duration elapsed = now.isAfter(created) ? Duration.between(created, now) : Duration.ZERO;
        String level = t.path("SLA").asText("").isBlank() ? "Due" : "SLA " + t.path("SLA").asText();
        return Optional.of(new SlaClock(level + " (resolve by Due)", SlaKind.RESOLUTION, ClockOrigin.DESK,
                ClockState.RUNNING, target, created, due.get(), elapsed, now));
    }

    static IncidentState state(String status) {
        switch (status.toLowerCase(Locale.ROOT)) {
            case "new":
                return IncidentState.NEW;
            case "stalled":
                return IncidentState.ON_HOLD;
            case "resolved":
                return IncidentState.RESOLVED;
            case "rejected":
            case "deleted":
                return IncidentState.CANCELED;
            default:
                return IncidentState.IN_PROGRESS;
        }
    }

    /** History transactions as timeline entries, oldest first; mail records are left out. */
    static List<TimelineEntry> timeline(JsonNode items) {
        List<TimelineEntry> out = new ArrayList<>();
        for (JsonNode tx : items) {
            String type = tx.path("Type").asText("");
            Optional<Instant> at = time(tx.path("Created").asText(""));
            if (type.isEmpty() || at.isEmpty() || type.equals("EmailRecord") || type.equals("SetWatcher")) {
                continue;
            }
            Optional<String> who = text(tx.path("Creator").path("id"));
            out.add(new TimelineEntry(at.get(), kind(type, tx.path("Field").asText("")), who, describe(tx)));
        }
        return out;
    }

    private static String kind(String type, String field) {
        switch (type) {
            case "Create":
                return "opened";
            case "Comment":
                return "comment";
            case "Correspond":
                return "reply";
            case "Status":
                return "state";
            case "Set":
                return field.equals("Owner") ? "assigned" : field.isEmpty() ? "set" : field.toLowerCase(Locale.ROOT);
            default:
                return type.toLowerCase(Locale.ROOT);
        }
    }

    private static String describe(JsonNode tx) {
        String field = tx.path("Field").asText("");
        if (field.isEmpty()) {
            return tx.path("Type").asText();
        }
        return field + ": " + tx.path("OldValue").asText("") + " -> " + tx.path("NewValue").asText("");
    }

    private static Optional<String> userName(JsonNode owner) {
        Optional<String> name = text(owner.path("Name")).or(() -> text(owner.path("id")));
        return name.filter(n -> !n.equals("Nobody"));
    }

    private static Optional<String> text(JsonNode n) {
        return n.isValueNode() && !n.asText().isBlank() ? Optional.of(n.asText().trim()) : Optional.empty();
    }

    /** A W3CDTF instant; RT's "not set" (1970-01-01T00:00:00Z) and unreadable values are empty. */
    static Optional<Instant> time(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            Instant t = Instant.parse(text.trim());
            return t.getEpochSecond() <= 0 ? Optional.empty() : Optional.of(t);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
