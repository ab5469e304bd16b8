package io.watchfloor.connectors.alertmanager;

import io.watchfloor.core.Alert;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Alertmanager alert group ({@code GET /api/v2/alerts/groups}): the alerts a route bundles into one
 * notification. What an operator acknowledges or silences together. Immutable.
 *
 * @param labels   the group-by labels
 * @param receiver the receiver's name
 * @param alerts   its alerts, with silences and acknowledgements resolved
 */
public record AlertGroup(Map<String, String> labels, String receiver, List<Alert> alerts) {
    public AlertGroup {
        labels = Map.copyOf(labels);
        Objects.requireNonNull(receiver, "receiver");
        alerts = List.copyOf(alerts);
    }
}
