package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertmanagerApiTest {
    private TestClock clock;
    private Simulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = TestClock.at("2026-08-20T10:00:00Z");
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        http = new SimHttp(sim.baseUrl());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void firingAlertHasTheGettableAlertShape() {
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "major");
        clock.advance(Duration.ofSeconds(90));

        JsonNode alerts = http.get("/api/v2/alerts").json();

        assertThat(alerts).hasSize(1);
        JsonNode a = alerts.get(0);
        assertThat(a.get("labels").get("alertname").asText()).isEqualTo("CheckoutErrorRateHigh");
        assertThat(a.get("labels").get("severity").asText()).isEqualTo("major");
        assertThat(a.get("labels").get("service").asText()).isEqualTo("checkout");
        assertThat(a.get("labels").get("region").asText()).isEqualTo("global");
        assertThat(a.get("labels").get("team").asText()).isEqualTo("payments-sre");
        assertThat(a.get("labels").has("instance")).isTrue();
        assertThat(a.get("labels").has("job")).isTrue();
        assertThat(a.get("annotations").get("summary").asText()).isNotBlank();
        assertThat(a.get("annotations").get("runbook_url").asText()).startsWith("https://");
        assertThat(a.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(a.get("startsAt").asText()).isEqualTo("2026-08-20T10:00:00.000Z");
        assertThat(a.get("updatedAt").asText()).isEqualTo("2026-08-20T10:01:00.000Z");
        assertThat(Instant.parse(a.get("endsAt").asText())).isAfter(clock.instant());
        assertThat(a.get("receivers").get(0).get("name").asText()).isEqualTo("noc-default");
        assertThat(a.get("status").get("state").asText()).isEqualTo("active");
        assertThat(a.get("status").get("silencedBy")).isEmpty();
        assertThat(a.get("status").get("inhibitedBy")).isEmpty();
        assertThat(a.get("status").get("mutedBy")).isEmpty();
        assertThat(a.get("generatorURL").asText()).startsWith(sim.baseUrl() + "/graph?g0.expr=");
    }

    @Test
    void fingerprintIsStableAndDependsOnTheLabelSet() {
        sim.control().fireAlert("checkout", "HighCpuUsage", "warning");
        sim.control().fireAlert("checkout", "HighCpuUsage", "major");
        String first = http.get("/api/v2/alerts").body();
        clock.advance(Duration.ofSeconds(20));
        JsonNode alerts = http.get("/api/v2/alerts").json();

        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).get("fingerprint").asText()).isNotEqualTo(alerts.get(1).get("fingerprint").asText());
        assertThat(first).contains(alerts.get(0).get("fingerprint").asText(), alerts.get(1).get("fingerprint").asText());
    }

    @Test
    void resolvedAlertVanishesFromGet() {
        sim.control().fireAlert("cart", "PodRestarting", "warning");
        clock.advance(Duration.ofMinutes(2));
        assertThat(http.get("/api/v2/alerts").json()).hasSize(1);

        sim.control().resolveAlert("cart", "PodRestarting");
        clock.advance(Duration.ofSeconds(1));

        assertThat(http.get("/api/v2/alerts").json()).isEmpty();
        assertThat(http.get("/api/v2/alerts/groups").json()).isEmpty();
    }

    @Test
    void silenceSuppressesMatchingAlertAndDeleteExpiresIt() {
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        sim.control().fireAlert("cart", "CheckoutErrorRateHigh", "critical");
        String id = http.send("POST", "/api/v2/silences", silence("2026-08-20T10:00:00Z", "2026-08-20T10:15:00Z",
                "{\"name\":\"service\",\"value\":\"checkout\",\"isRegex\":false,\"isEqual\":true}"))
                .json().get("silenceID").asText();

        JsonNode checkout = only(http.get("/api/v2/alerts?filter=service%3D%22checkout%22").json());
        assertThat(checkout.get("status").get("state").asText()).isEqualTo("suppressed");
        assertThat(checkout.get("status").get("silencedBy").get(0).asText()).isEqualTo(id);
        assertThat(only(http.get("/api/v2/alerts?filter=service%3D%22cart%22").json()).get("status").get("state").asText())
                .isEqualTo("active");
        assertThat(http.get("/api/v2/alerts?silenced=false").json()).hasSize(1);
        assertThat(http.get("/api/v2/alerts?active=false").json()).hasSize(1);
        assertThat(http.get("/api/v2/silence/" + id).json().get("status").get("state").asText()).isEqualTo("active");

        clock.advance(Duration.ofMinutes(1));
        assertThat(http.send("DELETE", "/api/v2/silence/" + id, "").status()).isEqualTo(200);

        assertThat(http.get("/api/v2/silence/" + id).json().get("status").get("state").asText()).isEqualTo("expired");
        assertThat(only(http.get("/api/v2/alerts?filter=service%3D%22checkout%22").json()).get("status").get("state")
                .asText()).isEqualTo("active");
        assertThat(http.get("/api/v2/alerts?silenced=false").json()).hasSize(2);
        assertThat(http.send("DELETE", "/api/v2/silence/00000000-0000-0000-0000-000000000000", "").status()).isEqualTo(404);
        assertThat(sim.ledger().entries()).extracting(LedgerEntry::method).containsExactly("POST", "DELETE", "DELETE");
    }

    @Test
    void silenceExpiresAtItsEndAndListsInAlertmanagerOrder() {
        sim.control().fireAlert("search", "SearchLatencyHigh", "major");
        String shortOne = postSilence("2026-08-20T10:05:00Z", "search");
        String longOne = postSilence("2026-08-20T11:00:00Z", "search");
        JsonNode listed = http.get("/api/v2/silences").json();
        assertThat(listed).extracting(s -> s.get("id").asText()).containsExactly(shortOne, longOne);
        assertThat(only(http.get("/api/v2/alerts").json()).get("status").get("silencedBy")).hasSize(2);

        clock.advance(Duration.ofMinutes(6));

        JsonNode alert = only(http.get("/api/v2/alerts").json());
        assertThat(alert.get("status").get("silencedBy")).extracting(JsonNode::asText).containsExactly(longOne);
        assertThat(http.get("/api/v2/silences").json()).extracting(s -> s.get("status").get("state").asText())
                .containsExactly("active", "expired");
    }

    @Test
    void updatingAnActiveSilenceEndKeepsItsId() {
        String id = postSilence("2026-08-20T10:15:00Z", "cart");
        JsonNode created = http.get("/api/v2/silence/" + id).json();
        String body = "{\"id\":\"" + id + "\",\"matchers\":[{\"name\":\"service\",\"value\":\"cart\",\"isRegex\":false,"
                + "\"isEqual\":true}],\"startsAt\":\"" + created.get("startsAt").asText() + "\",\"endsAt\":"
                + "\"2026-08-20T12:00:00Z\",\"createdBy\":\"noc\",\"comment\":\"ACK! extended\"}";

        SimHttp.Answer answer = http.send("POST", "/api/v2/silences", body);

        assertThat(answer.json().get("silenceID").asText()).isEqualTo(id);
        assertThat(http.get("/api/v2/silence/" + id).json().get("endsAt").asText()).isEqualTo("2026-08-20T12:00:00.000Z");
        assertThat(http.get("/api/v2/silences").json()).hasSize(1);
    }

    @Test
    void invalidSilencesAreRefusedWithAJsonStringBody() {
        SimHttp.Answer backwards = http.send("POST", "/api/v2/silences", silence("2026-08-20T11:00:00Z",
                "2026-08-20T10:30:00Z", "{\"name\":\"service\",\"value\":\"cart\",\"isRegex\":false}"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().isTextual()).isTrue();
        assertThat(backwards.json().asText()).isEqualTo("Failed to create silence: start time must be before end time");

        SimHttp.Answer past = http.send("POST", "/api/v2/silences", silence("2026-08-20T08:00:00Z",
                "2026-08-20T09:00:00Z", "{\"name\":\"service\",\"value\":\"cart\",\"isRegex\":false}"));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().asText()).isEqualTo("Failed to create silence: end time can't be in the past");

        SimHttp.Answer noMatchers = http.send("POST", "/api/v2/silences", silence("2026-08-20T10:00:00Z",
                "2026-08-20T11:00:00Z", ""));
        assertThat(noMatchers.status()).isEqualTo(400);
        assertThat(noMatchers.json().asText()).contains("at least one matcher required");

        SimHttp.Answer badJson = http.send("POST", "/api/v2/silences", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("code").asInt()).isEqualTo(400);
        assertThat(http.get("/api/v2/silences").json()).isEmpty();
    }

    @Test
    void filterMatchersSelectAlertsAndBadFiltersAreRefused() {
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        sim.control().fireAlert("search", "SearchLatencyHigh", "major");
        sim.control().fireAlert("cart", "HighCpuUsage", "warning");

        assertThat(http.get("/api/v2/alerts?filter=" + SimHttp.q("severity=~\"critical|major\"")).json()).hasSize(2);
        assertThat(http.get("/api/v2/alerts?filter=" + SimHttp.q("{service!=\"cart\",severity!~\"crit.*\"}")).json())
                .extracting(a -> a.get("labels").get("service").asText()).containsExactly("search");
        assertThat(http.get("/api/v2/alerts?filter=" + SimHttp.q("team=\"web-platform\"") + "&filter="
                + SimHttp.q("alertname=\"HighCpuUsage\"")).json()).hasSize(1);
        SimHttp.Answer bad = http.get("/api/v2/alerts?filter=" + SimHttp.q("service~checkout"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().isTextual()).isTrue();
    }

    @Test
    void silenceFiltersSelectSilencesHavingTheSameMatchersAsAlertmanagerDoes() {
        String exact = postSilenceWith(matcher("service", "checkout", false, true) + "," + matcher("team", "web", false, true));
        String regex = postSilenceWith(matcher("service", "check.*", true, true));
        String notEqual = postSilenceWith(matcher("service", "checkout", false, false));
        String notRegex = postSilenceWith(matcher("service", "say \\\"hi\\\"|x", true, false));

        assertThat(silenceIds("service=\"checkout\"")).containsExactly(exact);
        assertThat(silenceIds("service=~\"check.*\"")).containsExactly(regex);
        assertThat(silenceIds("service!=\"checkout\"")).containsExactly(notEqual);
        assertThat(silenceIds("service!~\"say \\\"hi\\\"|x\"")).containsExactly(notRegex);
        // A filter is compared with the silence's matchers, not evaluated against a label value.
        assertThat(silenceIds("service=~\"checkout\"")).isEmpty();
        assertThat(silenceIds("service=\"check.*\"")).isEmpty();
        // Every filter must be met, by some matcher of the silence each.
        assertThat(silenceIds("{team=\"web\",service=\"checkout\"}")).containsExactly(exact);
        assertThat(http.get("/api/v2/silences?filter=" + SimHttp.q("team=\"web\"") + "&filter="
                + SimHttp.q("service=~\"check.*\"")).json()).isEmpty();
        assertThat(http.get("/api/v2/silences").json()).hasSize(4);
        assertThat(http.get("/api/v2/silences?filter=" + SimHttp.q("service~x")).status()).isEqualTo(400);
    }

    @Test
    void manySilencesMuteExactlyTheAlertsTheirMatchersMatch() {
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        sim.control().fireAlert("cart", "CheckoutErrorRateHigh", "critical");
        for (int i = 0; i < 50; i++) {
            postSilenceWith(matcher("alertname", "CheckoutErrorRateHigh", false, true) + ","
                    + matcher("instance", "host-" + i, false, true));
        }
        String wide = postSilenceWith(matcher("service", "cart|search", true, true));
        String narrow = postSilenceWith(matcher("alertname", "CheckoutErrorRateHigh", false, true) + ","
                + matcher("service", "checkout", false, true));
        String negative = postSilenceWith(matcher("service", "cart", false, false));

        JsonNode checkout = only(http.get("/api/v2/alerts?filter=service%3D%22checkout%22").json());
        JsonNode cart = only(http.get("/api/v2/alerts?filter=service%3D%22cart%22").json());

        assertThat(checkout.get("status").get("silencedBy")).extracting(JsonNode::asText).containsExactly(narrow, negative);
        assertThat(cart.get("status").get("silencedBy")).extracting(JsonNode::asText).containsExactly(wide);
    }

    @Test
    void groupsAreByAlertnameAndService() {
        sim.control().fireAlert("checkout", "HighCpuUsage", "warning");
        sim.control().fireAlert("checkout", "HighCpuUsage", "major");
        sim.control().fireAlert("cart", "HighCpuUsage", "warning");

        JsonNode groups = http.get("/api/v2/alerts/groups").json();

        assertThat(groups).hasSize(2);
        JsonNode checkout = groups.get(1);
        assertThat(checkout.get("labels").get("service").asText()).isEqualTo("checkout");
        assertThat(checkout.get("labels").get("alertname").asText()).isEqualTo("HighCpuUsage");
        assertThat(checkout.get("receiver").get("name").asText()).isEqualTo("noc-default");
        assertThat(checkout.get("alerts")).hasSize(2);
    }

    @Test
    void statusReportsVersionDisabledClusterAndConfig() {
        JsonNode status = http.get("/api/v2/status").json();

        assertThat(status.get("cluster").get("status").asText()).isEqualTo("disabled");
        assertThat(status.get("cluster").get("peers")).isEmpty();
        assertThat(status.get("versionInfo").get("version").asText()).isEqualTo("0.25.0-sim");
        assertThat(status.get("config").get("original").asText()).contains("group_by");
        assertThat(status.get("uptime").asText()).isEqualTo("2026-08-20T10:00:00.000Z");
    }

    @Test
    void unknownPathsAndMethodsGetGoSwaggerErrors() {
        SimHttp.Answer missing = http.get("/api/v2/nothing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asInt()).isEqualTo(404);

        SimHttp.Answer wrong = http.send("PUT", "/api/v2/alerts", "[]");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.header("Allow")).contains("GET");
    }

    private String postSilence(String endsAt, String service) {
        SimHttp.Answer answer = http.send("POST", "/api/v2/silences", silence("2026-08-20T10:00:00Z", endsAt,
                "{\"name\":\"service\",\"value\":\"" + service + "\",\"isRegex\":false,\"isEqual\":true}"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("silenceID").asText();
    }

    private String postSilenceWith(String matchers) {
        SimHttp.Answer answer = http.send("POST", "/api/v2/silences", silence("2026-08-20T10:00:00Z",
                "2026-08-20T11:00:00Z", matchers));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("silenceID").asText();
    }

    private static String matcher(String name, String value, boolean regex, boolean equal) {
        return "{\"name\":\"" + name + "\",\"value\":\"" + value + "\",\"isRegex\":" + regex + ",\"isEqual\":"
                + equal + "}";
    }

    private java.util.List<String> silenceIds(String filter) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        http.get("/api/v2/silences?filter=" + SimHttp.q(filter)).json().forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    private static String silence(String startsAt, String endsAt, String matchers) {
        return "{\"matchers\":[" + matchers + "],\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"" + endsAt
                + "\",\"createdBy\":\"noc-console\",\"comment\":\"ACK! taken by the NOC\"}";
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }
}
