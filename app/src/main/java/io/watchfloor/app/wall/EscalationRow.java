package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Priority;
import java.time.Duration;
import java.util.Objects;

/**
 * One escalation on the escalations tile, as of one tick: due now (proposed, or sent by the engine itself) or
 * upcoming ("escalates at 14:05 to Shift lead"). Immutable; any thread.
 *
 * @param incidentKey    the incident's key
 * @param incidentNumber the desk's number
 * @param priority       the incident's priority
 * @param title          the incident's short description
 * @param from           the level it is at ("Tier 1")
 * @param to             who it goes to ("Shift lead (NOC Shift Leads, on call: Dana Weiss)")
 * @param reason         why ("P1 unacknowledged for 16 min (rule: 15 min; Black Friday peak: 10 min)")
 * @param stage          due, sent by the engine, or upcoming
 * @param at             when it became or becomes due, as a wall-clock time ("14:05")
 * @param waited         time since it became due (due, sent) or until it does (upcoming); never negative
 * @param actionNote     for a sent one: where its escalate action stands ("sent", "accepted", "refused: ...")
 */
public record EscalationRow(String incidentKey, String incidentNumber, Priority priority, String title, String from,
                            String to, String reason, Stage stage, String at, Duration waited, String actionNote) {
    /** Where an escalation stands. */
    public enum Stage {
        /** Due, waiting for a person to accept it (console: Shift+E). */
        DUE,
        /** Due and sent by the engine itself (auto-escalation). */
        SENT,
        /** Not due yet: will be if nothing changes. */
        UPCOMING
    }

    public EscalationRow {
        Objects.requireNonNull(incidentKey, "incidentKey");
        Objects.requireNonNull(incidentNumber, "incidentNumber");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(waited, "waited");
        Objects.requireNonNull(actionNote, "actionNote");
    }

    /** The headline: "INC0010044 → Shift lead (NOC Shift Leads)". */
    public String headline() {
        return incidentNumber + " \u2192 " + to;
    }

    /** The right-hand status: "DUE · 4m12s", "SENT · accepted", "at 14:05 · in 04:12". */
    public String statusText() {
        return switch (stage) {
            case DUE -> "DUE \u00b7 " + DurationFormat.age(waited);
            case SENT -> "AUTO \u00b7 " + actionNote;
            case UPCOMING -> "at " + at + " \u00b7 in " + DurationFormat.countdown(waited);
        };
    }
}
