package io.watchfloor.connectors.alertmanager;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code GET /api/v2/alerts/groups}. The alerts stay JSON so that each is bound on its
 * own (one bad alert skips that alert only); {@code routeLabels} (0.34) is ignored.
 */
record GroupDto(Map<String, String> labels, Receiver receiver, List<JsonNode> alerts) {

    GroupDto {
        labels = labels == null ? Map.of() : labels;
        alerts = alerts == null ? List.of() : alerts;
    }

    /** {@code receiver}: only its name. */
    record Receiver(String name) {
    }
}
