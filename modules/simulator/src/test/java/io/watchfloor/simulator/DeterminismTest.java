package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board is a pure function of seed and simulated time: polling history does not change it. */
class DeterminismTest {
    private static final List<String> READS = List.of(
            "/api/v2/alerts",
            "/api/v2/alerts/groups",
            "/api/now/table/incident?sysparm_display_value=all",
            "/api/now/table/task_sla?sysparm_fields=task.number,sla.name,stage,has_breached,percentage,planned_end_time",
            "/api/v1/query?query=avg_over_time(probe_success%5B7d%5D)",
            "/api/v1/query?query=probe_success");

    @Test
    void sameSeedAndClockGiveIdenticalBodiesEvenWithDifferentPolling() throws Exception {
        TestClock clockA = TestClock.at("2026-08-20T10:00:00Z");
        TestClock clockB = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator a = Simulator.start(SimulatorOptions.defaults().withClock(clockA));
             Simulator b = Simulator.start(SimulatorOptions.defaults().withClock(clockB))) {
            assertThat(bodies(a)).isEqualTo(bodies(b));
            SimHttp pollA = new SimHttp(a.baseUrl());
            for (int i = 0; i < 37; i++) {
                clockA.advance(Duration.ofMinutes(3));
                pollA.get("/api/v2/alerts");
                pollA.get("/api/now/table/incident?sysparm_limit=1");
            }
            clockB.advance(Duration.ofMinutes(111));
            assertThat(bodies(a)).isEqualTo(bodies(b));
        }
    }

    @Test
    void differentSeedsGiveDifferentBoards() throws Exception {
        TestClock clock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator a = Simulator.start(SimulatorOptions.defaults().withClock(clock));
             Simulator b = Simulator.start(SimulatorOptions.defaults().withClock(clock).withSeed(7))) {
            assertThat(bodies(a)).isNotEqualTo(bodies(b));
        }
    }

    /** The read bodies with the simulator's own address (it differs by port) blanked out. */
    private static List<String> bodies(Simulator sim) {
        SimHttp http = new SimHttp(sim.baseUrl());
        return READS.stream().map(path -> {
            SimHttp.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            return answer.body().replace(sim.baseUrl().toString(), "BASE");
        }).toList();
    }
}
