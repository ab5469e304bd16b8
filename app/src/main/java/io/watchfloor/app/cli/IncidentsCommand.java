package io.watchfloor.app.cli;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import java.time.Instant;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code watchfloor incidents}: the open incidents of every desk, read once, with their most urgent SLA clock. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "Read the sources once and print the open incidents.")
final class IncidentsCommand extends ReadCommand {
    @Override
    String toJson(BoardState state, Instant now) {
        return BoardJson.incidents(state, now);
    }

    @Override
    String toTable(BoardState state, Instant now) {
        TextTable t = new TextTable("NUMBER", "PRI", "STATE", "SERVICE", "ASSIGNEE", "GROUP", "SLA", "TITLE");
        for (Incident i : state.incidents()) {
            String sla = i.mostUrgentClock(now).map(c -> c.name() + " " + c.stateAt(now).name().toLowerCase(Locale.ROOT)
                    + " " + TextTable.signed(c.remainingAt(now))).orElse("-");
            t.row(i.number(), i.priority().name(), i.state().name().toLowerCase(Locale.ROOT), i.service(),
                    BoardJson.orDash(i.assignee()), BoardJson.orDash(i.group()), sla, i.title());
        }
        return t.render() + "\n" + state.incidents().size() + " open";
    }
}
