package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acknowledgements and silences written the way Watchfloor writes them (an exact matcher per label, the
 * operator as creator, a marked comment) mute the alert on the next read and are read back as posted.
 */
class SilenceAcksTest {
    private TestClock clock;
    private Simulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = TestClock.at("2026-08-20T10:00:00Z");
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        http = new SimHttp(sim.baseUrl());
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        sim.control().fireAlert("cart", "CartLatencyHigh", "major");
        clock.advance(Duration.ofMinutes(1));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private JsonNode alert(String alertname) {
        for (JsonNode a : http.get("/api/v2/alerts").json()) {
            if (a.get("labels").get("alertname").asText().equals(alertname)) {
                return a;
            }
        }
        throw new AssertionError("no alert " + alertname);
    }

    private static String silence(Map<String, String> exact, String createdBy, String comment) {
        ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        ArrayNode matchers = body.putArray("matchers");
        exact.forEach((k, v) -> matchers.addObject().put("name", k).put("value", v).put("isRegex", false).put("isEqual", true));
        body.put("startsAt", "2026-08-20T10:01:00Z").put("endsAt", "2026-08-20T10:31:00Z")
                .put("createdBy", createdBy).put("comment", comment);
        return body.toString();
    }

    @Test
    void acknowledgementSilenceMutesExactlyThatAlertAndIsReadBackAsPosted() {
        JsonNode checkout = alert("CheckoutErrorRateHigh");
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        checkout.get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        String comment = "ACK! acknowledged by alice via Watchfloor [wf:0a1b]";

        String id = http.send("POST", "/api/v2/silences", silence(labels, "alice", comment)).json().get("silenceID").asText();

        JsonNode muted = alert("CheckoutErrorRateHigh");
        assertThat(muted.get("status").get("state").asText()).isEqualTo("suppressed");
        assertThat(muted.get("status").get("silencedBy")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(alert("CartLatencyHigh").get("status").get("state").asText()).isEqualTo("active");
        JsonNode listed = http.get("/api/v2/silences").json().get(0);
        assertThat(listed.get("createdBy").asText()).isEqualTo("alice");
        assertThat(listed.get("comment").asText()).isEqualTo(comment);
        assertThat(listed.get("matchers")).hasSize(labels.size());
    }

    @Test
    void expiringTheAcknowledgementMakesTheAlertActiveAgain() {
        String id = http.send("POST", "/api/v2/silences", silence(Map.of("alertname", "CartLatencyHigh"), "alice",
                "ACK! acknowledged by alice via Watchfloor [wf:0a1c]")).json().get("silenceID").asText();
        assertThat(alert("CartLatencyHigh").get("status").get("state").asText()).isEqualTo("suppressed");
        clock.advance(Duration.ofSeconds(30));

        assertThat(http.send("DELETE", "/api/v2/silence/" + id, "").status()).isEqualTo(200);

        assertThat(alert("CartLatencyHigh").get("status").get("state").asText()).isEqualTo("active");
        JsonNode expired = http.get("/api/v2/silences").json().get(0);
        assertThat(expired.get("status").get("state").asText()).isEqualTo("expired");
        assertThat(expired.get("updatedAt").asText()).isEqualTo("2026-08-20T10:01:30.000Z");
        assertThat(expired.get("comment").asText()).startsWith("ACK! acknowledged by alice");
    }
}
