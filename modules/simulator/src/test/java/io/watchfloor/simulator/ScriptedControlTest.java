package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptedControlTest {
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
    void scriptedModeIsQuietUntilSomethingIsInjected() {
        clock.advance(Duration.ofHours(6));

        assertThat(http.get("/api/v2/alerts").json()).isEmpty();
        assertThat(http.get("/api/now/table/incident").json().get("result")).isEmpty();
        assertThat(http.get("/api/now/table/task_sla").json().get("result")).isEmpty();
        JsonNode down = http.get("/api/v1/query?query=min_over_time(probe_success%5B7d%5D)").json().get("data").get("result");
        assertThat(down).hasSize(sim.estate().services().size()).allMatch(r -> r.get("value").get(1).asText().equals("1"));
    }

    @Test
    void startOutageFailsTheProbeFiresAnAlertAndOpensAP1() {
        sim.control().startOutage("payments-gateway");
        clock.advance(Duration.ofMinutes(2));

        JsonNode alert = http.get("/api/v2/alerts").json().get(0);
        assertThat(alert.get("labels").get("service").asText()).isEqualTo("payments-gateway");
        assertThat(alert.get("labels").get("severity").asText()).isEqualTo("critical");
        assertThat(probe("payments-gateway")).isEqualTo("0");
        JsonNode incident = http.get("/api/now/table/incident?sysparm_display_value=true&sysparm_exclude_reference_link=true")
                .json().get("result").get(0);
        assertThat(incident.get("number").asText()).isEqualTo("INC0010001");
        assertThat(incident.get("priority").asText()).isEqualTo("1 - Critical");
        assertThat(incident.get("business_service").asText()).isEqualTo("Payments Gateway");
        JsonNode clocks = http.get("/api/now/table/task_sla?sysparm_fields=sla.name,stage,percentage").json().get("result");
        assertThat(clocks).extracting(c -> c.get("sla.name").asText())
                .containsExactlyInAnyOrder("P1 response (15m)", "P1 resolution (4h)");
        assertThat(clocks).allMatch(c -> c.get("stage").asText().equals("in_progress"));

        clock.advance(Duration.ofMinutes(8));
        sim.control().endOutage("payments-gateway");
        clock.advance(Duration.ofSeconds(15));

        assertThat(http.get("/api/v2/alerts").json()).isEmpty();
        assertThat(probe("payments-gateway")).isEqualTo("1");
        JsonNode resolved = http.get("/api/now/table/incident").json().get("result").get(0);
        assertThat(resolved.get("state").asText()).isEqualTo("6");
        assertThat(resolved.get("active").asText()).isEqualTo("false");
        assertThat(resolved.get("resolved_at").asText()).isEqualTo("2026-08-20 10:10:00");
        assertThat(http.get("/api/now/table/task_sla?sysparm_query=active=true").json().get("result")).isEmpty();
    }

    @Test
    void unknownServicesAndDoubleOutagesAreRejected() {
        assertThatThrownBy(() -> sim.control().startOutage("no-such-service")).isInstanceOf(IllegalArgumentException.class);
        sim.control().startOutage("cart");
        assertThatThrownBy(() -> sim.control().startOutage("cart")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sim.control().endOutage("search")).isInstanceOf(IllegalStateException.class);
    }

    private String probe(String service) {
        return http.get("/api/v1/query?query=probe_success%7Bservice%3D%22" + service + "%22%7D").json()
                .get("data").get("result").get(0).get("value").get(1).asText();
    }
}
