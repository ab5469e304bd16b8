package io.watchfloor.connectors.servicenow;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an incident's journal to what the incident row says: the timeline (opened, then work notes and
 * comments with their authors, then resolved, in time order) and the acknowledgement.
 *
 * <p>Only what the desk records is claimed: an incident is acknowledged when its newest Watchfloor
 * acknowledgement work note ("Acknowledged by NAME via Watchfloor") is newer than any
 * "Acknowledgement withdrawn by" note and the incident is still assigned; the acknowledgement is by
 * NAME, since that note, with the note's journal sys_id as reference. An incident merely In Progress
 * with an assignee is not called acknowledged. Stateless.
 */
final class IncidentHistory {
    private static final Pattern ACK = Pattern.compile("^" + Pattern.quote(IncidentPatch.ACKNOWLEDGED_BY) + "(.+?)"
            + Pattern.quote(IncidentPatch.VIA) + "\\b");
    private static final Pattern WITHDRAWN = Pattern.compile("^" + Pattern.quote(IncidentPatch.WITHDRAWN_BY) + "(.+?)"
            + Pattern.quote(IncidentPatch.VIA) + "\\b");

    private IncidentHistory() {
    }

    /** The entries an incident row alone gives: opened and, when set, resolved. */
    static List<TimelineEntry> fromRow(Instant openedAt, String openedBy, String title, Optional<Instant> resolvedAt,
                                       String resolvedBy, String closeCode, String closeNotes) {
        List<TimelineEntry> out = new ArrayList<>();
        out.add(new TimelineEntry(openedAt, "opened", nonEmpty(openedBy), title));
        resolvedAt.ifPresent(at -> {
            String text = closeCode.isEmpty() ? closeNotes : closeNotes.isEmpty() ? closeCode : closeCode + ": " + closeNotes;
            out.add(new TimelineEntry(at, "resolved", nonEmpty(resolvedBy), text));
        });
        return out;
    }

    /** The incident with its journal merged into the timeline and its acknowledgement read from the journal. */
    static Incident withJournal(Incident i, List<JournalNote> journal) {
        List<TimelineEntry> timeline = new ArrayList<>(i.timeline());
        for (JournalNote n : journal) {
            timeline.add(new TimelineEntry(n.at(), kind(n), nonEmpty(n.by()), n.text()));
        }
        timeline.sort(Comparator.comparing(TimelineEntry::at)); // stable: "opened" stays first at its instant
        return new Incident(i.source(), i.id(), i.number(), i.title(), i.service(), i.priority(), i.state(), i.assignee(),
                i.group(), i.escalationTier(), i.openedAt(), i.updatedAt(), i.resolvedAt(), i.linkedAlerts(), i.clocks(),
                i.assignee().isPresent() ? acknowledgement(journal) : Optional.empty(), timeline);
    }

    /** The newest acknowledgement note, unless a withdrawal came after it; {@code journal} is oldest first. */
    static Optional<Acknowledgement> acknowledgement(List<JournalNote> journal) {
        for (int k = journal.size() - 1; k >= 0; k--) {
            JournalNote n = journal.get(k);
            if (!n.workNote()) {
                continue;
            }
            if (WITHDRAWN.matcher(n.text()).find()) {
                return Optional.empty();
            }
            Matcher m = ACK.matcher(n.text());
            if (m.find()) {
                return Optional.of(new Acknowledgement(m.group(1).trim(), n.at(), Optional.empty(), n.sysId()));
            }
        }
        return Optional.empty();
    }

    private static String kind(JournalNote n) {
        switch (n.element()) {
            case "work_notes":
                return "work note";
            case "comments":
                return "comment";
            default:
                return n.element().isBlank() ? "journal" : n.element();
        }
    }

    private static Optional<String> nonEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
