package io.watchfloor.engine.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.OpeningHours;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SLA step runs on the writer thread on every one-second pulse: 500 open incidents on a business-hours
 * calendar with a peak window, pulse after pulse, each get both clocks and the due escalations. What a pass costs
 * is not asserted here (a timed unit test fails on a loaded machine, not on slow code): the pass is part of what the
 * benchmark suite's alert-to-board latency measures through the engine.
 */
class SlaStageCostTest {
    private static final Instant T0 = Instant.parse("2026-11-27T14:00:00Z");

    @Test
    void fiveHundredIncidentsGetTheirClocksAndEscalationsOnEveryPulse() {
        BusinessCalendar office = BusinessCalendar.weekly(ZoneId.of("Europe/Amsterdam"),
                BusinessCalendar.uniform(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        List.of(OpeningHours.parse("08:00-18:00"))), List.of());
        List<SlaPolicy> policies = new ArrayList<>();
        for (Priority p : Priority.values()) {
            policies.add(SlaPolicy.forPriority(p, Duration.ofHours(p.code()), Duration.ofDays(p.code())).withCalendar(office));
        }
        EscalationPolicy rules = EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT, List.of(
                new EscalationRule.Unacknowledged(Duration.ofMinutes(15), 1, EnumSet.of(Priority.P1)),
                new EscalationRule.SlaPercent(Optional.empty(), 75, 2, EnumSet.noneOf(Priority.class))),
                List.of(new PeakWindow("Black Friday", T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(3)), 0.67,
                        Map.of(Priority.P1, 2))), false);
        SlaStage stage = new SlaStage(new SlaPolicies(policies), rules, EscalationMatrix.DEFAULT);
        SourceId desk = SourceId.of("snow");
        List<Incident> incidents = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            Instant opened = T0.minus(Duration.ofMinutes(7L * n));
            incidents.add(new Incident(desk, "id" + n, "INC" + n, "incident " + n, "svc" + (n % 40),
                    Priority.values()[n % 5], n % 7 == 0 ? IncidentState.ON_HOLD : IncidentState.NEW, Optional.empty(),
                    Optional.empty(), 0, opened, opened, Optional.empty(), List.of(), List.of()));
        }
        SourceHealth health = SourceHealth.pending(desk, SourceKind.SERVICENOW, "http://127.0.0.1:1",
                Duration.ofSeconds(5)).succeeded(T0);

        BoardState out = null;
        for (int pulse = 0; pulse < 20; pulse++) {
            Instant now = T0.plusSeconds(pulse);
            BoardState raw = new BoardState(pulse, now, List.of(), List.of(), incidents, List.of(health), List.of());
            out = stage.apply(raw, now);
            assertThat(out.incidents()).allSatisfy(i -> assertThat(i.clocks()).hasSize(2));
        }

        assertThat(out.sla().due()).isNotEmpty();
    }
}
