package io.watchfloor.app.cli;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Incident;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import picocli.CommandLine.Command;

/**
 * {@code watchfloor incidents}: the open incidents of every desk, read once, with their most urgent SLA clock and
 * any escalation due or coming up.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Read the sources once and print the open incidents.")
final class IncidentsCommand extends ReadCommand {
    @Override
    String toJson(BoardState state, Instant now) {
        return BoardJson.incidents(state, now);
    }

    @Override
    String toTable(BoardState state, Instant now) {
        TextTable t = new TextTable("NUMBER", "PRI", "STATE", "SERVICE", "ASSIGNEE", "GROUP", "SLA", "ESCALATION",
                "TITLE");
        for (Incident i : state.incidents()) {
            String sla = i.mostUrgentClock(now).map(c -> c.name() + " " + state.sla().level(i, c, now).name()
                    .toLowerCase(Locale.ROOT) + " " + TextTable.signed(c.remainingAt(now))
                    + (c.origin() == ClockOrigin.COMPUTED ? " (computed)" : "")).orElse("-");
            t.row(i.number(), i.priority().name(), i.state().name().toLowerCase(Locale.ROOT), i.service(),
                    BoardJson.orDash(i.assignee()), BoardJson.orDash(i.group()), sla, escalation(i, state), i.title());
        }
        return t.render() + "\n" + state.incidents().size() + " open";
    }

    /** "due -> Tier 2", "auto -> Tier 2", "at 02:15Z -> Shift lead", or "-". */
    private static String escalation(Incident i, BoardState state) {
        return state.sla().due(i.key())
                .map(d -> (d.performed() ? "auto" : "due") + " -> " + d.proposal().to().name())
                .or(() -> state.sla().upcoming(i.key()).map(p -> "at " + p.dueAt().truncatedTo(ChronoUnit.SECONDS) + " -> "
                        + p.to().name()))
                .orElse("-");
    }
}
