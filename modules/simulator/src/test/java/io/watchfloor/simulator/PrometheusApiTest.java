package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.Service;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusApiTest {

    @Test
    void avgOverTimeIsTheExactShareOfUpSamplesAroundAnInjectedOutage() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = scripted(clock)) {
            SimHttp http = new SimHttp(sim.baseUrl());
            clock.advance(Duration.ofHours(1));
            sim.control().startOutage("checkout");
            clock.advance(Duration.ofMinutes(10));
            assertThat(value(http, "probe_success{service=\"checkout\"}")).isEqualTo("0");
            assertThat(value(http, "up{job=\"checkout\"}")).isEqualTo("0");
            sim.control().endOutage("checkout");
            clock.advance(Duration.ofMinutes(50));

            // (10:00, 12:00] holds 480 samples of 15 s; [11:00, 11:10) holds 40 of them, all 0.
            assertThat(Double.parseDouble(value(http, "avg_over_time(probe_success{service=\"checkout\"}[2h])")))
                    .isEqualTo(440.0 / 480);
            assertThat(value(http, "count_over_time(probe_success{service=\"checkout\"}[2h])")).isEqualTo("480");
            assertThat(value(http, "sum_over_time(probe_success{service=\"checkout\"}[2h])")).isEqualTo("440");
            assertThat(value(http, "min_over_time(probe_success{service=\"checkout\"}[2h])")).isEqualTo("0");
            // The window is left-open, as in Prometheus 3: (11:00, 12:00] leaves out the 11:00:00 sample.
            assertThat(value(http, "sum_over_time(probe_success{service=\"checkout\"}[1h])")).isEqualTo("201");
            assertThat(value(http, "avg_over_time(probe_success{service=\"cart\"}[1h])")).isEqualTo("1");
            assertThat(value(http, "probe_success{service=\"checkout\"}")).isEqualTo("1");
        }
    }

    @Test
    void avgOverTimeEqualsTheMeanOfTheRawSamplesOfTheLiveHistory() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withClock(clock))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            for (String service : new String[] {"checkout", "cart", "tax-service", "reviews"}) {
                JsonNode raw = http.get("/api/v1/query?query=" + SimHttp.q("probe_success{service=\"" + service + "\"}[3d]"))
                        .json().get("data");
                assertThat(raw.get("resultType").asText()).isEqualTo("matrix");
                double sum = 0;
                JsonNode values = raw.get("result").get(0).get("values");
                for (JsonNode v : values) {
                    sum += Double.parseDouble(v.get(1).asText());
                }
                assertThat(values).hasSize(3 * 5760);
                double analytic = Double.parseDouble(value(http, "avg_over_time(probe_success{service=\"" + service + "\"}[3d])"));
                assertThat(analytic).as(service).isCloseTo(sum / values.size(), within(1e-12));
            }
        }
    }

    @Test
    void historyMakesAvailabilityDifferAndSomeServicesMissTheirSlo() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withClock(clock))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            Map<String, Double> week = availability(http, "7d");
            Map<String, Double> day = availability(http, "24h");

            assertThat(week).hasSize(sim.estate().services().size());
            assertThat(week.values().stream().distinct().count()).isGreaterThan(10);
            long belowSlo = sim.estate().services().stream()
                    .filter(s -> week.get(s.name()) < s.sloTarget()).count();
            assertThat(belowSlo).isBetween(1L, 8L);
            assertThat(week.values().stream().filter(v -> v >= 0.999).count()).isGreaterThan(week.size() / 2);
            assertThat(day).isNotEqualTo(week);
            for (Service s : sim.estate().services()) {
                assertThat(week.get(s.name())).isBetween(0.95, 1.0);
            }
        }
    }

    @Test
    void countOverTimeIsHonestAboutFifteenDaysOfRetention() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = scripted(clock)) {
            SimHttp http = new SimHttp(sim.baseUrl());
            long thirtyDays = Long.parseLong(value(http, "count_over_time(probe_success{service=\"cart\"}[30d])"));
            long fifteenDays = Long.parseLong(value(http, "count_over_time(probe_success{service=\"cart\"}[15d])"));

            assertThat(thirtyDays).isEqualTo(fifteenDays);
            assertThat(thirtyDays).isEqualTo(15L * 5760);
        }
    }

    @Test
    void aggregationByLabelAndScalingWork() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = scripted(clock)) {
            SimHttp http = new SimHttp(sim.baseUrl());
            sim.control().startOutage("catalog");
            clock.advance(Duration.ofMinutes(1));

            JsonNode byRegion = http.get("/api/v1/query?query=" + SimHttp.q("min by (region) (probe_success)")).json();
            Map<String, String> regions = new HashMap<>();
            byRegion.get("data").get("result").forEach(r -> regions.put(r.get("metric").get("region").asText(),
                    r.get("value").get(1).asText()));
            assertThat(regions).containsEntry("eu-west", "0").containsEntry("us-east", "1").hasSize(4);
            assertThat(value(http, "avg_over_time(probe_success{service=\"cart\"}[1h]) * 100")).isEqualTo("100");
        }
    }

    @Test
    void instantVectorKeepsTheMetricNameAndFunctionsDropIt() throws Exception {
        try (Simulator sim = scripted(TestClock.at("2026-08-20T10:00:00Z"))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            JsonNode raw = http.get("/api/v1/query?query=" + SimHttp.q("probe_success{service=\"cart\"}")).json();
            assertThat(raw.get("status").asText()).isEqualTo("success");
            JsonNode metric = raw.get("data").get("result").get(0).get("metric");
            assertThat(metric.get("__name__").asText()).isEqualTo("probe_success");
            assertThat(metric.get("job").asText()).isEqualTo("blackbox");
            assertThat(metric.get("instance").asText()).isEqualTo("https://cart.shop.example/health");
            assertThat(raw.get("data").get("result").get(0).get("value").get(0).isNumber()).isTrue();

            JsonNode avg = http.get("/api/v1/query?query=" + SimHttp.q("avg_over_time(up{service=\"cart\"}[5m])")).json();
            assertThat(avg.get("data").get("result").get(0).get("metric").has("__name__")).isFalse();
        }
    }

    @Test
    void unsupportedQueriesGetTheBadDataEnvelope() throws Exception {
        try (Simulator sim = scripted(TestClock.at("2026-08-20T10:00:00Z"))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            SimHttp.Answer rate = http.get("/api/v1/query?query=" + SimHttp.q("rate(http_requests_total[5m])"));

            assertThat(rate.status()).isEqualTo(400);
            assertThat(rate.json().get("status").asText()).isEqualTo("error");
            assertThat(rate.json().get("errorType").asText()).isEqualTo("bad_data");
            assertThat(rate.json().get("error").asText()).contains("rate").contains("understands only");
            assertThat(http.get("/api/v1/query?query=" + SimHttp.q("probe_success{")).json().get("errorType").asText())
                    .isEqualTo("bad_data");
            assertThat(http.get("/api/v1/query").status()).isEqualTo(400);
        }
    }

    @Test
    void queryRangeReturnsAMatrixAndRefusesTooManyPoints() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = scripted(clock)) {
            SimHttp http = new SimHttp(sim.baseUrl());
            clock.advance(Duration.ofMinutes(30));
            long now = clock.instant().getEpochSecond();
            sim.control().startOutage("cart");
            clock.advance(Duration.ofMinutes(5));

            JsonNode range = http.get("/api/v1/query_range?query=" + SimHttp.q("probe_success{service=\"cart\"}")
                    + "&start=" + (now - 600) + "&end=2026-08-20T10:35:00Z&step=1m").json();
            JsonNode values = range.get("data").get("result").get(0).get("values");
            assertThat(range.get("data").get("resultType").asText()).isEqualTo("matrix");
            assertThat(values).hasSize(16);
            assertThat(values.get(0).get(1).asText()).isEqualTo("1");
            assertThat(values.get(15).get(1).asText()).isEqualTo("0");

            SimHttp.Answer tooMany = http.get("/api/v1/query_range?query=up&start=" + (now - 86_400) + "&end=" + now + "&step=5");
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.json().get("error").asText()).contains("11,000");
        }
    }

    @Test
    void formPostQueriesAreAnsweredAndAreNotWrites() throws Exception {
        try (Simulator sim = scripted(TestClock.at("2026-08-20T10:00:00Z"))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            SimHttp.Answer answer = http.postForm("/api/v1/query", "query=" + SimHttp.q("count(up)"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("data").get("result").get(0).get("value").get(1).asText())
                    .isEqualTo(Integer.toString(sim.estate().services().size()));
            assertThat(sim.ledger().entries()).isEmpty();
        }
    }

    private static Simulator scripted(TestClock clock) throws Exception {
        return Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
    }

    private static Map<String, Double> availability(SimHttp http, String window) {
        Map<String, Double> out = new HashMap<>();
        http.get("/api/v1/query?query=" + SimHttp.q("avg_over_time(probe_success{job=\"blackbox\"}[" + window + "])"))
                .json().get("data").get("result")
                .forEach(r -> out.put(r.get("metric").get("service").asText(), r.get("value").get(1).asDouble()));
        return out;
    }

    /** The single value of an instant query. */
    private static String value(SimHttp http, String query) {
        JsonNode answer = http.get("/api/v1/query?query=" + SimHttp.q(query)).json();
        assertThat(answer.get("status").asText()).as(query + " -> " + answer).isEqualTo("success");
        JsonNode result = answer.get("data").get("result");
        assertThat(result).as(query).hasSize(1);
        return result.get(0).get("value").get(1).asText();
    }
}
