package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.Service;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The scale knobs: a bigger estate, a population of alerts and incidents, and alert churn. */
class ScaleTest {
    private static final String T0 = "2026-08-20T10:00:00Z";

    private static Simulator start(TestClock clock, ScenarioMode mode, SimulatorScale scale) throws Exception {
        return Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(mode).withScale(scale));
    }

    @Test
    void defaultsAreTheStandardScale() {
        assertThat(SimulatorOptions.defaults().scale()).isEqualTo(SimulatorScale.standard());
        assertThat(SimulatorScale.standard()).isEqualTo(new SimulatorScale(36, 0, 0, 0));
        assertThat(SimulatorOptions.defaults().withSeed(7).withScale(SimulatorScale.standard().withAlerts(5))
                .withSpeed(2).scale().alerts()).isEqualTo(5);
    }

    @Test
    void aBiggerEstateAddsRegionalCopiesAfterTheStandardServices() throws Exception {
        try (Simulator standard = start(TestClock.at(T0), ScenarioMode.SCRIPTED, SimulatorScale.standard());
             Simulator big = start(TestClock.at(T0), ScenarioMode.SCRIPTED, SimulatorScale.standard().withServices(400))) {
            List<Service> services = big.estate().services();
            assertThat(services).hasSize(400);
            assertThat(services.subList(0, 36)).isEqualTo(standard.estate().services());
            assertThat(services).extracting(Service::name).doesNotHaveDuplicates();
            Service copy = big.estate().find("checkout-eu-central").orElseThrow();
            assertThat(copy.displayName()).isEqualTo("Checkout EU Central");
            assertThat(copy.region()).isEqualTo("eu-central");
            assertThat(big.estate().find("checkout-eu-central-2")).isPresent();
            JsonNode probes = new SimHttp(big.baseUrl()).get("/api/v1/query?query=probe_success").json()
                    .get("data").get("result");
            assertThat(probes).hasSize(400);
        }
    }

    @Test
    void populationAlertsHaveRealLabelsAnnotationsAndFingerprints() throws Exception {
        TestClock clock = TestClock.at(T0);
        try (Simulator sim = start(clock, ScenarioMode.SCRIPTED, SimulatorScale.standard().withAlerts(500))) {
            clock.advance(Duration.ofSeconds(30));
            JsonNode alerts = new SimHttp(sim.baseUrl()).get("/api/v2/alerts").json();

            assertThat(alerts).hasSize(500);
            Set<String> fingerprints = new HashSet<>();
            Set<String> severities = new HashSet<>();
            for (JsonNode a : alerts) {
                JsonNode labels = a.get("labels");
                assertThat(fieldNames(labels)).containsExactlyInAnyOrder("alertname", "severity", "service", "region",
                        "team", "job", "instance");
                assertThat(sim.estate().find(labels.get("service").asText())).isPresent();
                assertThat(labels.get("instance").asText()).startsWith(labels.get("service").asText() + "-")
                        .endsWith(".shop.internal:8080");
                assertThat(a.get("fingerprint").asText()).isEqualTo(fnv(labels));
                assertThat(a.get("annotations").get("summary").asText()).isNotBlank();
                assertThat(a.get("annotations").get("runbook_url").asText()).startsWith("https://runbooks.");
                assertThat(a.get("generatorURL").asText()).startsWith(sim.baseUrl() + "/graph?g0.expr=");
                assertThat(Instant.parse(a.get("startsAt").asText())).isBefore(clock.instant());
                assertThat(a.get("status").get("state").asText()).isEqualTo("active");
                fingerprints.add(a.get("fingerprint").asText());
                severities.add(labels.get("severity").asText());
            }
            assertThat(fingerprints).hasSize(500);
            assertThat(severities).contains("warning", "minor", "major", "info");
        }
    }

    @Test
    void churnReplacesThatManyAlertsPerSecondAndKeepsTheCount() throws Exception {
        TestClock clock = TestClock.at(T0);
        try (Simulator sim = start(clock, ScenarioMode.SCRIPTED, SimulatorScale.standard().withAlerts(200).withChurn(20))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            Set<String> before = fingerprints(http);
            clock.advance(Duration.ofSeconds(1));
            Set<String> after = fingerprints(http);

            assertThat(before).hasSize(200);
            assertThat(after).hasSize(200);
            Set<String> fired = new HashSet<>(after);
            fired.removeAll(before);
            assertThat(fired).hasSize(20);

            clock.advance(Duration.ofSeconds(9)); // one period (200 / 20 s): every alert has been replaced
            Set<String> later = fingerprints(http);
            later.retainAll(before);
            assertThat(later).isEmpty();
        }
    }

    @Test
    void withoutChurnThePopulationStaysTheSame() throws Exception {
        TestClock clock = TestClock.at(T0);
        try (Simulator sim = start(clock, ScenarioMode.SCRIPTED, SimulatorScale.standard().withAlerts(100))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            Set<String> before = fingerprints(http);
            clock.advance(Duration.ofHours(3));
            assertThat(fingerprints(http)).hasSize(100).isEqualTo(before);
        }
    }

    @Test
    void populationComesOnTopOfTheLiveScenario() throws Exception {
        TestClock a = TestClock.at(T0);
        TestClock b = TestClock.at(T0);
        try (Simulator standard = start(a, ScenarioMode.LIVE, SimulatorScale.standard());
             Simulator scaled = start(b, ScenarioMode.LIVE, SimulatorScale.standard().withAlerts(300).withIncidents(40))) {
            int scenarioAlerts = new SimHttp(standard.baseUrl()).get("/api/v2/alerts").json().size();
            int scenarioOpen = active(new SimHttp(standard.baseUrl())).size();

            assertThat(scenarioAlerts).isPositive();
            assertThat(new SimHttp(scaled.baseUrl()).get("/api/v2/alerts").json()).hasSize(scenarioAlerts + 300);
            assertThat(active(new SimHttp(scaled.baseUrl()))).hasSize(scenarioOpen + 40);
        }
    }

    @Test
    void populationIncidentsAreOpenDeskRecordsWithSlaClocks() throws Exception {
        TestClock clock = TestClock.at(T0);
        try (Simulator sim = start(clock, ScenarioMode.SCRIPTED, SimulatorScale.standard().withIncidents(120))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            List<JsonNode> open = active(http);

            assertThat(open).hasSize(120);
            assertThat(open).extracting(i -> i.get("number").get("value").asText()).doesNotHaveDuplicates()
                    .allMatch(n -> n.matches("INC\\d{7}"));
            assertThat(open).extracting(i -> i.get("state").get("display_value").asText())
                    .contains("New", "In Progress", "On Hold");
            assertThat(open).extracting(i -> i.get("priority").get("value").asText()).contains("1", "2", "3", "4");
            assertThat(open).allMatch(i -> !i.get("business_service").get("display_value").asText().isEmpty());
            assertThat(open).allMatch(i -> Instant.parse(i.get("opened_at").get("value").asText().replace(' ', 'T') + "Z")
                    .isBefore(clock.instant()));
            JsonNode clocks = http.get("/api/now/table/task_sla?sysparm_query=active=true&sysparm_fields=task,stage,has_breached")
                    .json().get("result");
            Set<String> tasks = new HashSet<>();
            clocks.forEach(c -> tasks.add(c.get("task").get("value").asText()));
            assertThat(tasks).hasSize(120);
            assertThat(clocks).extracting(c -> c.get("has_breached").asText()).contains("true", "false");

            clock.advance(Duration.ofHours(2));
            assertThat(active(http)).hasSize(120);
        }
    }

    @Test
    void aScaledSimulatorIsDeterministic() throws Exception {
        SimulatorScale scale = SimulatorScale.standard().withServices(60).withAlerts(250).withIncidents(30).withChurn(5);
        TestClock a = TestClock.at(T0);
        TestClock b = TestClock.at(T0);
        try (Simulator one = start(a, ScenarioMode.LIVE, scale); Simulator two = start(b, ScenarioMode.LIVE, scale)) {
            a.advance(Duration.ofSeconds(7));
            b.advance(Duration.ofSeconds(7));
            for (String path : List.of("/api/v2/alerts", "/api/now/table/incident?sysparm_query=active=true")) {
                assertThat(body(one, path)).as(path).isEqualTo(body(two, path));
            }
        }
    }

    @Test
    void nonsenseScalesAreRefused() {
        assertThatThrownBy(() -> SimulatorScale.standard().withServices(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("36");
        assertThatThrownBy(() -> SimulatorScale.standard().withAlerts(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorScale.standard().withIncidents(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorScale.standard().withChurn(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alerts > 0");
        assertThatThrownBy(() -> SimulatorScale.standard().withAlerts(10).withChurn(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<JsonNode> active(SimHttp http) {
        JsonNode result = http.get("/api/now/table/incident?sysparm_query=active=true&sysparm_display_value=all"
                + "&sysparm_exclude_reference_link=true").json().get("result");
        return StreamSupport.stream(result.spliterator(), false).toList();
    }

    private static Set<String> fingerprints(SimHttp http) {
        Set<String> out = new HashSet<>();
        http.get("/api/v2/alerts").json().forEach(a -> out.add(a.get("fingerprint").asText()));
        return out;
    }

    private static String body(Simulator sim, String path) {
        return new SimHttp(sim.baseUrl()).get(path).body().replace(sim.baseUrl().toString(), "BASE");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Prometheus' label-set fingerprint (FNV-1a 64 over sorted names and values, 0xff after each), written anew here. */
    private static String fnv(JsonNode labels) {
        Map<String, String> sorted = new TreeMap<>();
        labels.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        long h = 0xcbf29ce484222325L;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            for (String part : List.of(e.getKey(), e.getValue())) {
                for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ (b & 0xff)) * 0x100000001b3L;
                }
                h = (h ^ 0xff) * 0x100000001b3L;
            }
        }
        return String.format("%016x", h);
    }
}
