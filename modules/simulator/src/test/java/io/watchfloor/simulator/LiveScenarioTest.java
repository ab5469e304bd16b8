package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveScenarioTest {

    @Test
    void firstScreenHasACascadeInProgressAndSeveralOpenIncidents() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withClock(TestClock.at("2026-08-20T10:00:00Z")))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            JsonNode open = http.get("/api/now/table/incident?sysparm_query=active=true&sysparm_fields=sys_id,priority,state")
                    .json().get("result");
            List<String> priorities = new ArrayList<>();
            open.forEach(r -> priorities.add(r.get("priority").asText()));

            assertThat(priorities).containsOnlyOnce("1").contains("2", "3");
            assertThat(open.size()).isGreaterThanOrEqualTo(5);
            JsonNode p1Clocks = http.get("/api/now/table/task_sla?sysparm_query=task.priority=1^active=true"
                    + "&sysparm_fields=sla.name,stage,has_breached").json().get("result");
            assertThat(p1Clocks).isNotEmpty().allSatisfy(c -> {
                assertThat(c.get("stage").asText()).isEqualTo("in_progress");
                assertThat(c.get("has_breached").asText()).isEqualTo("false");
            });
            JsonNode critical = http.get("/api/v2/alerts?filter=severity%3D%22critical%22").json();
            assertThat(critical).extracting(a -> a.get("labels").get("service").asText()).contains("checkout");
            assertThat(http.get("/api/v2/alerts").json().size()).isGreaterThan(5);
            assertThat(http.get("/api/v1/query?query=probe_success%7Bservice%3D%22checkout%22%7D").json()
                    .get("data").get("result").get(0).get("value").get(1).asText()).isEqualTo("0");
        }
    }

    @Test
    void openingCascadeEscalatesAndResolvesAsTimeAdvances() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withClock(clock))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            JsonNode p1 = http.get("/api/now/table/incident?sysparm_query=active=true^priority=1").json().get("result").get(0);
            String id = p1.get("sys_id").asText();

            clock.advance(Duration.ofMinutes(10));
            JsonNode escalated = http.get("/api/now/table/incident/" + id + "?sysparm_display_value=true").json().get("result");
            assertThat(escalated.get("assignment_group").get("display_value").asText()).isEqualTo("Payments SRE");
            assertThat(escalated.get("state").asText()).isEqualTo("In Progress");
            assertThat(escalated.get("work_notes").asText()).contains("Escalated to Payments SRE");

            clock.advance(Duration.ofMinutes(50));
            JsonNode resolved = http.get("/api/now/table/incident/" + id).json().get("result");
            assertThat(resolved.get("state").asText()).isEqualTo("6");
            assertThat(resolved.get("active").asText()).isEqualTo("false");
            assertThat(resolved.get("close_code").asText()).isNotBlank();
            JsonNode clocks = http.get("/api/now/table/task_sla?sysparm_query=task=" + id + "&sysparm_fields=stage")
                    .json().get("result");
            assertThat(clocks).hasSize(2).allMatch(c -> c.get("stage").asText().equals("completed"));
            assertThat(http.get("/api/v2/alerts?filter=alertname%3D%22CheckoutErrorRateHigh%22").json()).isEmpty();
            assertThat(http.get("/api/v1/query?query=probe_success%7Bservice%3D%22checkout%22%7D").json()
                    .get("data").get("result").get(0).get("value").get(1).asText()).isEqualTo("1");
        }
    }

    @Test
    void newCascadesKeepComingAndOnHoldClocksStayPaused() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withClock(clock))) {
            SimHttp http = new SimHttp(sim.baseUrl());
            String paused = "/api/now/table/task_sla?sysparm_query=stage=paused&sysparm_fields=task.number,percentage";
            JsonNode before = http.get(paused).json().get("result");
            assertThat(before).isNotEmpty();
            int total = Integer.parseInt(http.get("/api/now/table/incident?sysparm_limit=1").header("X-Total-Count"));

            clock.advance(Duration.ofMinutes(30));
            JsonNode after = http.get(paused).json().get("result");
            assertThat(after.get(0)).isEqualTo(before.get(0));

            clock.advance(Duration.ofHours(4));
            int later = Integer.parseInt(http.get("/api/now/table/incident?sysparm_limit=1").header("X-Total-Count"));
            assertThat(later).isGreaterThan(total + 2);
        }
    }
}
