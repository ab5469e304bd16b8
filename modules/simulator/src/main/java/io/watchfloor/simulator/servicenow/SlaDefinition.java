package io.watchfloor.simulator.servicenow;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One SLA definition ({@code contract_sla}) of the simulated desk: per priority a response and a
 * resolution target, on a 24x7 schedule (business time equals calendar time). P5 has none.
 *
 * @param name     "P1 response (15m)"
 * @param priority priority code 1..4
 * @param response true for the response SLA, false for resolution
 * @param target   the allowed duration
 */
record SlaDefinition(String name, int priority, boolean response, Duration target) {
    static final List<SlaDefinition> ALL = List.of(
            new SlaDefinition("P1 response (15m)", 1, true, Duration.ofMinutes(15)),
            new SlaDefinition("P1 resolution (4h)", 1, false, Duration.ofHours(4)),
            new SlaDefinition("P2 response (30m)", 2, true, Duration.ofMinutes(30)),
            new SlaDefinition("P2 resolution (8h)", 2, false, Duration.ofHours(8)),
            new SlaDefinition("P3 response (1h)", 3, true, Duration.ofHours(1)),
            new SlaDefinition("P3 resolution (24h)", 3, false, Duration.ofHours(24)),
            new SlaDefinition("P4 response (4h)", 4, true, Duration.ofHours(4)),
            new SlaDefinition("P4 resolution (72h)", 4, false, Duration.ofHours(72)));

    static Optional<SlaDefinition> find(int priority, boolean response) {
        return ALL.stream().filter(d -> d.priority == priority && d.response == response).findFirst();
    }

    String sysId() {
        return SysIds.of("contract_sla", name);
    }
}
