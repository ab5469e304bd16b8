package io.watchfloor.app.console;

import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import io.watchfloor.core.Incident;
import io.watchfloor.core.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the detail pane shows for one row, apart from the SLA countdowns (which {@link DetailViewModel} moves every
 * second). Immutable; built by the pure {@link #of(Incident, DetailContext)} and {@link #of(Alert, DetailContext)}.
 *
 * @param kind       incident or alert
 * @param key        the subject's key
 * @param urgency    priority or severity, for the badge
 * @param ref        incident number or alert name
 * @param title      short description or summary
 * @param state      the state as words
 * @param fields     name/value lines: service, assignee, group, escalation tier, acknowledgement, times, ...
 * @param labels     the alert's labels as {@code name=value}, sorted (empty for incidents)
 * @param timeline   history, newest first: the desk's entries and our own actions with their answers
 * @param linksTitle {@code Linked alerts} or {@code Linked incidents}
 * @param links      the linked alerts of an incident, or the incidents linking an alert
 * @param escalation the escalation Watchfloor proposes for an incident (due, sent by itself, or upcoming)
 */
record Detail(ConsoleRow.Kind kind, String key, Urgency urgency, String ref, String title, String state,
              List<Field> fields, List<String> labels, List<Line> timeline, String linksTitle, List<Link> links,
              Optional<Proposal> escalation) {

    Detail {
        fields = List.copyOf(fields);
        labels = List.copyOf(labels);
        timeline = List.copyOf(timeline);
        links = List.copyOf(links);
    }

    /** One name/value line. */
    record Field(String name, String value) {
    }

    /**
     * One timeline line.
     *
     * @param style {@code desk} (the desk's history), {@code event} (derived from the subject) or
     *              {@code ours-pending}, {@code ours-accepted}, {@code ours-rejected}, {@code ours-failed}
     */
    record Line(Instant at, String time, String kind, String who, String text, String style) {
    }

    /**
     * An escalation as the detail pane shows it. Static texts (times, not countdowns), so the pane is rebuilt
     * only when the proposal changes.
     *
     * @param stage    {@code due} (Shift+E accepts it), {@code sent} (the engine escalated by itself) or
     *                 {@code upcoming}
     * @param headline "Escalate to Shift lead (NOC Shift Leads, on call: Dana Weiss)"
     * @param reason   the rule that fired and how
     * @param note     when, and what to do: "due since 02:15:00 · Shift+E escalates to level 2 with this reason"
     */
    record Proposal(String stage, String headline, String reason, String note) {
    }

    /** A linked alert or incident; {@code onBoard} false when the board does not have it (any more). */
    record Link(String key, String label, String state, String styleClass, boolean onBoard) {
    }

    /** What building a detail needs besides the subject. */
    record DetailContext(BoardState board, EscalationMatrix matrix, ActionLedger ledger, Instant now, ZoneId zone) {
        String time(Instant at) {
            return ClockText.clockTime(at, now, zone);
        }
    }

    static Detail of(Incident i, DetailContext cx) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("Priority", i.priority().name() + " \u00b7 " + i.priority().displayName()));
        f.add(new Field("Service", i.service()));
        f.add(new Field("Assignee", i.assignee().orElse("unassigned")));
        f.add(new Field("Group", i.group().orElse("none")));
        f.add(new Field("Escalation", tierText(i, cx.matrix())));
        f.add(new Field("Acknowledged", i.acknowledgement()
                .map(a -> a.by() + " at " + cx.time(a.since()))
                .orElse(RowValues.acknowledged(i) ? "taken by " + i.assignee().orElse("?") : "no")));
        f.add(new Field("Opened", cx.time(i.openedAt())));
        f.add(new Field("Updated", cx.time(i.updatedAt())));
        i.resolvedAt().ifPresent(r -> f.add(new Field("Resolved", cx.time(r))));
        f.add(new Field("Source", i.source().value() + " \u00b7 " + i.id()));
        List<Line> lines = new ArrayList<>();
        for (TimelineEntry e : i.timeline()) {
            lines.add(new Line(e.at(), cx.time(e.at()), e.kind(), e.who().orElse(""), e.text(), "desk"));
        }
        if (i.timeline().isEmpty()) {
            lines.add(new Line(i.openedAt(), cx.time(i.openedAt()), "opened", "", i.title(), "event"));
            i.acknowledgement().ifPresent(a -> lines.add(
                    new Line(a.since(), cx.time(a.since()), "acknowledged", a.by(), "taken on", "event")));
            i.resolvedAt().ifPresent(r -> lines.add(new Line(r, cx.time(r), "resolved", "", "", "event")));
        }
        addOurs(lines, i.key(), cx);
        List<Link> links = new ArrayList<>();
        for (String key : i.linkedAlerts()) {
            Optional<Alert> a = cx.board().alerts().stream().filter(x -> x.key().equals(key)).findFirst();
            links.add(a.map(x -> new Link(key, x.name() + " \u00b7 " + x.summary(), x.firing() ? "firing" : "resolved",
                    "wf-sev-" + x.severity().label(), true))
                    .orElse(new Link(key, key, "not on the board", "", false)));
        }
        RowValues v = RowValues.of(i, cx.board());
        return new Detail(ConsoleRow.Kind.INCIDENT, i.key(), v.urgency(), i.number(), i.title(), v.state(), f,
                List.of(), newestFirst(lines), "Linked alerts", links, EscalationText.of(i, cx));
    }

    static Detail of(Alert a, DetailContext cx) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("Severity", a.severity().label()));
        f.add(new Field("Service", a.service()));
        f.add(new Field("Since", cx.time(a.startsAt())));
        a.endedAt().ifPresent(e -> f.add(new Field("Ended", cx.time(e))));
        f.add(new Field("Acknowledged", a.acknowledgement()
                .map(k -> k.by() + " at " + cx.time(k.since()) + k.until().map(u -> ", until " + cx.time(u)).orElse(""))
                .orElse("no")));
        f.add(new Field("Silenced by", a.silencedBy().isEmpty() ? "none" : String.join(", ", a.silencedBy())));
        f.add(new Field("Source", a.source().value()));
        f.add(new Field("Fingerprint", a.fingerprint()));
        List<String> labels = a.labels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(a.startsAt(), cx.time(a.startsAt()), "firing", "", a.summary(), "event"));
        a.acknowledgement().ifPresent(k -> lines.add(new Line(k.since(), cx.time(k.since()), "acknowledged", k.by(),
                k.until().map(u -> "until " + cx.time(u)).orElse("") + " \u00b7 silence " + k.reference(), "event")));
        a.endedAt().ifPresent(e -> lines.add(new Line(e, cx.time(e), "resolved", "", "stopped firing", "event")));
        addOurs(lines, a.key(), cx);
        List<Link> links = cx.board().incidents().stream().filter(i -> i.linkedAlerts().contains(a.key()))
                .map(i -> new Link(i.key(), i.number() + " \u00b7 " + i.title(), RowValues.stateName(i.state()),
                        "wf-priority-" + i.priority().name().toLowerCase(java.util.Locale.ROOT), true))
                .toList();
        RowValues v = RowValues.of(a, cx.board());
        return new Detail(ConsoleRow.Kind.ALERT, a.key(), v.urgency(), a.name(), v.title(), v.state(), f, labels,
                newestFirst(lines), "Linked incidents", links, Optional.empty());
    }

    private static void addOurs(List<Line> lines, String key, DetailContext cx) {
        for (ActionStatus s : cx.ledger().forTarget(key, cx.board())) {
            RowMarker m = RowMarker.of(s);
            lines.add(new Line(s.action().takenAt(), cx.time(s.action().takenAt()), "console "
                    + RowMarker.verb(s.action().kind()),
                    s.action().operator().name(), ActionText.describe(s.action(), cx.matrix()) + " \u2014 "
                    + ActionText.outcome(s), "ours-" + m.state().styleSuffix()));
        }
    }

    private static List<Line> newestFirst(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::at).reversed());
        return sorted;
    }

    /** {@code Tier 1 (Service Desk) · next: Tier 2 (NOC Tier 2)}, or {@code ... · top tier}. */
    static String tierText(Incident i, EscalationMatrix matrix) {
        int t = matrix.tierOf(i);
        String now = tierName(matrix.tier(t));
        return now + matrix.next(i).map(n -> " \u00b7 next: " + tierName(matrix.tier(n))).orElse(" \u00b7 top tier");
    }

    private static String tierName(EscalationTier tier) {
        return tier.name() + tier.group().map(g -> " (" + g + ")").orElse("");
    }
}
