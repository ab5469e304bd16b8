package io.watchfloor.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.engine.config.OperatorSettings;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.simulator.Simulator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration of the demo: every API of the embedded simulator, its service catalog, the default SLA
 * policies and escalation rules (proposals only, nothing is escalated by itself), a "Black Friday" peak trading
 * window that is active whenever the demo runs (it starts at the beginning of today in the clock's zone and lasts
 * four days, like Black Friday to Cyber Monday), and a wall with the classic board and an SLA page. Pure.
 */
final class DemoConfig {
    /** The wall: the classic board, then a page of SLA timers, escalations, incidents and MTTA/MTTR. */
    private static final String WALL = """
            pages:
              - name: board
                layout: { columns: [44, 16, 22, 18], rows: [31, 28, 41] }
                tiles:
                  - { tile: services, column: 1, row: 1, width: 2, height: 2 }
                  - { tile: alerts, column: 3, row: 1, height: 2 }
                  - { tile: clock, column: 4, row: 1 }
                  - { tile: sources, column: 4, row: 2, height: 2 }
                  - { tile: sla, column: 1, row: 3, items: 5 }
                  - { tile: availability, column: 2, row: 3, width: 2 }
              - name: sla
                layout: { columns: [52, 48], rows: [56, 44] }
                tiles:
                  - { tile: sla, column: 1, row: 1, items: 6 }
                  - { tile: escalations, column: 2, row: 1, items: 6 }
                  - { tile: incidents, column: 1, row: 2, items: 4 }
                  - { tile: metrics, column: 2, row: 2 }
            """;
    private DemoConfig() {
    }

    static WatchfloorConfig of(Simulator sim, Clock clock) {
        String url = sim.baseUrl().toString();
        WatchfloorConfig plain = new WatchfloorConfig(List.of(
                SourceConfig.simple(SourceId.of("am"), SourceKind.ALERTMANAGER, url, Duration.ofSeconds(2)),
                SourceConfig.simple(SourceId.of("prom"), SourceKind.PROMETHEUS, url, Duration.ofSeconds(10)),
                SourceConfig.simple(SourceId.of("snow"), SourceKind.SERVICENOW, url, Duration.ofSeconds(5))),
                sim.estate().services(), Optional.of(wall()), OperatorSettings.DEFAULT, EscalationMatrix.DEFAULT);
        return plain.withSla(plain.sla().withPeaks(List.of(peak(clock))));
    }

    /**
     * Black Friday to Cyber Monday as if today were Black Friday: waits and SLA percentages x 2/3, a P1 goes
     * straight to the shift lead (level 2) and a P2 to tier 2 (level 1).
     */
    static PeakWindow peak(Clock clock) {
        ZonedDateTime start = LocalDate.now(clock).atStartOfDay(clock.getZone());
        return PeakWindow.of("Black Friday", start, start.plusDays(4), 2.0 / 3, Map.of(Priority.P1, 2, Priority.P2, 1));
    }

    private static JsonNode wall() {
        try {
            return new YAMLMapper().readTree(WALL);
        } catch (IOException e) {
            throw new IllegalStateException("the demo wall does not parse", e);
        }
    }
}
