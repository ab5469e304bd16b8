package io.watchfloor.simulator.alertmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.simulator.http.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes Alertmanager v2 JSON: gettableAlert, alert groups, gettableSilence, matchers. */
final class AlertJson {
    private AlertJson() {
    }

    static ObjectNode alert(LiveAlert a) {
        ObjectNode node = Json.object();
        node.set("annotations", strings(a.annotations()));
        node.put("endsAt", Rfc3339.format(a.endsAt()));
        node.put("fingerprint", a.fingerprint());
        node.set("receivers", Json.array().add(Json.object().put("name", AlertBoard.RECEIVER)));
        node.put("startsAt", Rfc3339.format(a.startsAt()));
        ObjectNode status = node.putObject("status");
        status.set("inhibitedBy", Json.array());
        status.set("mutedBy", Json.array());
        ArrayNode silencedBy = status.putArray("silencedBy");
        a.silencedBy().forEach(silencedBy::add);
        status.put("state", a.state());
        node.put("updatedAt", Rfc3339.format(a.updatedAt()));
        node.put("generatorURL", a.generatorUrl());
        node.set("labels", strings(a.labels()));
        return node;
    }

    static ObjectNode group(Map<String, String> labels, List<LiveAlert> alerts) {
        ObjectNode node = Json.object();
        ArrayNode list = node.putArray("alerts");
        alerts.forEach(a -> list.add(alert(a)));
        node.set("labels", strings(labels));
        node.set("receiver", Json.object().put("name", AlertBoard.RECEIVER));
        return node;
    }

    static ObjectNode silence(Silence s, Instant now) {
        ObjectNode node = Json.object();
        node.put("id", s.id());
        node.set("status", Json.object().put("state", s.state(now)));
        node.put("updatedAt", Rfc3339.format(s.updatedAt()));
        node.put("comment", s.comment());
        node.put("createdBy", s.createdBy());
        node.put("endsAt", Rfc3339.format(s.endsAt()));
        ArrayNode matchers = node.putArray("matchers");
        for (LabelMatcher m : s.matchers()) {
            matchers.add(Json.object().put("isEqual", m.isEqual()).put("isRegex", m.isRegex())
                    .put("name", m.name()).put("value", m.value()));
        }
        node.put("startsAt", Rfc3339.format(s.startsAt()));
        return node;
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode node = Json.object();
        map.forEach(node::put);
        return node;
    }
}
