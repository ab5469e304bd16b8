package io.watchfloor.app.cli;

import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code watchfloor alerts}: the alerts of every source, read once. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "Read the sources once and print the alerts.")
final class AlertsCommand extends ReadCommand {
    @Override
    String toJson(BoardState state, Instant now) {
        return BoardJson.alerts(state, now);
    }

    @Override
    String toTable(BoardState state, Instant now) {
        TextTable t = new TextTable("SEVERITY", "STATE", "SERVICE", "ALERT", "FOR", "ACK", "SOURCE", "FINGERPRINT");
        for (Alert a : state.alerts()) {
            t.row(a.severity().label(), a.firing() ? "firing" : "resolved", a.service(), a.name(),
                    TextTable.age(a.startsAt(), now),
                    a.acknowledgement().map(k -> k.by()).orElse(a.silencedBy().isEmpty() ? "-" : "silenced"),
                    a.source().value(), a.fingerprint());
        }
        return t.render() + "\n" + state.alerts().stream().filter(Alert::firing).count() + " firing";
    }
}
