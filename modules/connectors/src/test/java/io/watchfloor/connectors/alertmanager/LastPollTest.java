package io.watchfloor.connectors.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastPollTest {
    private static Alert alert(String fingerprint) {
        return new Alert(SourceId.of("am"), fingerprint, "A", Map.of(), "A", Severity.WARNING, "x",
                Instant.parse("2026-08-20T10:00:00Z"), Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    }

    @Test
    void findsEveryAlertWhetherAskedInOrderOrNot() {
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            alerts.add(alert(String.format("%04x", i * 3)));
        }
        LastPoll inOrder = new LastPoll(alerts);
        LastPoll shuffled = new LastPoll(alerts);

        for (Alert a : alerts) {
            assertThat(inOrder.find(a.fingerprint())).containsSame(a);
        }
        for (int i = alerts.size() - 1; i >= 0; i -= 7) {
            assertThat(shuffled.find(alerts.get(i).fingerprint())).containsSame(alerts.get(i));
            assertThat(shuffled.find(alerts.get(i / 2).fingerprint())).containsSame(alerts.get(i / 2));
        }
        assertThat(inOrder.find("0001")).isEmpty();
        assertThat(inOrder.find("zzzz")).isEmpty();
        assertThat(LastPoll.none().find("0000")).isEmpty();
    }
}
