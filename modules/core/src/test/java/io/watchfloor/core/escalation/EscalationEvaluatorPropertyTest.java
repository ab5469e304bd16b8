package io.watchfloor.core.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.IncidentFacts;
import io.watchfloor.core.sla.OpeningHours;
import io.watchfloor.core.sla.SlaComputer;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.core.sla.SlaThresholds;
import io.watchfloor.core.sla.StateChange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property checks of the evaluator over seeded random policies (rules, peaks) and incidents whose
 * clocks the {@link SlaComputer} computed from random timelines.
 */
class EscalationEvaluatorPropertyTest {
    static final Instant BASE = Instant.parse("2026-11-20T00:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Case(EscalationEvaluator evaluator, EscalationSubject subject, Instant now) {
    }

    static Set<Priority> somePriorities(Random r) {
        Set<Priority> set = EnumSet.noneOf(Priority.class);
        for (Priority p : Priority.values()) {
            if (r.nextInt(3) == 0) {
                set.add(p);
            }
        }
        return set;
    }

    static Case randomCase(Random r) {
        List<EscalationRule> rules = new ArrayList<>();
        for (int i = r.nextInt(5); i >= 0; i--) {
            int level = r.nextInt(4);
            switch (r.nextInt(3)) {
                case 0:
                    rules.add(new EscalationRule.Unacknowledged(Duration.ofMinutes(1 + r.nextInt(120)), level,
                            somePriorities(r)));
                    break;
                case 1:
                    rules.add(new EscalationRule.SlaPercent(r.nextBoolean() ? Optional.empty()
                            : Optional.of(SlaKind.values()[r.nextInt(2)]), 10 + r.nextInt(120), level, somePriorities(r)));
                    break;
                default:
                    Set<Priority> ps = somePriorities(r);
                    if (!ps.isEmpty()) {
                        rules.add(new EscalationRule.OnPriority(ps, level));
                    }
            }
        }
        List<PeakWindow> peaks = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            Instant start = BASE.plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
            Map<Priority, Integer> floors = new EnumMap<>(Priority.class);
            if (r.nextBoolean()) {
                floors.put(Priority.values()[r.nextInt(5)], r.nextInt(4));
            }
            peaks.add(new PeakWindow("Peak " + i, start, start.plus(Duration.ofMinutes(30 + r.nextInt(3 * 24 * 60))),
                    0.2 + 0.8 * r.nextDouble(), floors));
        }
        EscalationPolicy policy = new EscalationPolicy(EscalationFixtures.LEVELS, rules, peaks, r.nextBoolean());

        BusinessCalendar calendar = r.nextBoolean() ? BusinessCalendar.always()
                : BusinessCalendar.weekly(BERLIN, BusinessCalendar.uniform(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        List.of(new OpeningHours(LocalTime.of(8, 0), LocalTime.of(18, 0)))),
                        List.of());
        Instant opened = BASE.plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
        Instant now = opened.plus(Duration.ofMinutes(r.nextBoolean() ? r.nextInt(90) : r.nextInt(3 * 24 * 60)));
        Optional<Instant> ack = r.nextInt(3) == 0
                ? Optional.of(opened.plus(Duration.ofSeconds(r.nextInt((int) Duration.between(opened, now).getSeconds() + 1))))
                : Optional.empty();
        List<StateChange> history = new ArrayList<>();
        if (r.nextBoolean()) {
            history.add(new StateChange(opened.plus(Duration.ofMinutes(r.nextInt(600))), IncidentState.ON_HOLD));
        }
        SlaPolicy sla = new SlaPolicy("P", Set.of(), Set.of(), Optional.of(Duration.ofMinutes(15 + r.nextInt(60))),
                Optional.of(Duration.ofHours(1 + r.nextInt(24))), calendar, Set.of(IncidentState.ON_HOLD),
                SlaThresholds.DEFAULT);
        List<SlaClock> clocks = new SlaComputer().compute(sla, new IncidentFacts(opened, ack, Optional.empty(), history),
                now);
        IncidentState state = history.isEmpty() || history.get(0).at().isAfter(now) ? IncidentState.IN_PROGRESS
                : IncidentState.ON_HOLD;
        EscalationSubject subject = new EscalationSubject("k", "INC1", Priority.values()[r.nextInt(5)], state,
                r.nextInt(3), opened, ack, clocks, calendar);
        return new Case(new EscalationEvaluator(policy), subject, now);
    }

    @Test
    void aProposalAlwaysGoesUpAndIsAlreadyDue() {
        Random r = new Random(1001L);
        int proposals = 0;
        for (int i = 0; i < 600; i++) {
            Case c = randomCase(r);
            Optional<EscalationProposal> p = c.evaluator().evaluate(c.subject(), c.now());
            if (p.isPresent()) {
                proposals++;
                assertThat(p.get().to().level()).isGreaterThan(c.subject().currentLevel());
                assertThat(p.get().from().level()).isEqualTo(c.subject().currentLevel());
                assertThat(p.get().dueAt()).isBeforeOrEqualTo(c.now());
                assertThat(p.get().dueAt()).isAfterOrEqualTo(c.subject().openedAt());
                assertThat(p.get().reason()).isNotBlank();
            }
        }
        assertThat(proposals).isGreaterThan(100);
    }

    @Test
    void theForecastEscalationIsDueExactlyWhenForecast() {
        Random r = new Random(2002L);
        int forecasts = 0;
        for (int i = 0; i < 600; i++) {
            Case c = randomCase(r);
            Optional<EscalationProposal> next = c.evaluator().upcoming(c.subject(), c.now());
            if (next.isEmpty()) {
                continue;
            }
            forecasts++;
            Instant due = next.get().dueAt();
            assertThat(due).isAfter(c.now());
            Optional<EscalationProposal> atDue = c.evaluator().evaluate(c.subject(), due);
            assertThat(atDue).as("case %d", i).isPresent();
            assertThat(atDue.get().to().level()).isGreaterThanOrEqualTo(next.get().to().level());
            Optional<Integer> before = c.evaluator().evaluate(c.subject(), due.minusNanos(1)).map(p -> p.to().level());
            Optional<Integer> now = c.evaluator().evaluate(c.subject(), c.now()).map(p -> p.to().level());
            assertThat(before).as("case %d: nothing new between now and the forecast", i).isEqualTo(now);
        }
        assertThat(forecasts).isGreaterThan(50);
    }

    @Test
    void theProposedLevelNeverDropsAsTimeGoesOn() {
        Random r = new Random(3003L);
        for (int i = 0; i < 300; i++) {
            Case c = randomCase(r);
            int previous = -1;
            for (int step = 0; step < 20; step++) {
                Instant at = c.now().plus(Duration.ofMinutes(37L * step));
                int level = c.evaluator().evaluate(c.subject(), at).map(p -> p.to().level()).orElse(-1);
                assertThat(level).as("case %d step %d", i, step).isGreaterThanOrEqualTo(previous);
                previous = level;
            }
        }
    }

    @Test
    void closedIncidentsNeverEscalate() {
        Random r = new Random(4004L);
        for (int i = 0; i < 200; i++) {
            Case c = randomCase(r);
            EscalationSubject s = c.subject();
            EscalationSubject resolved = new EscalationSubject(s.key(), s.number(), s.priority(),
                    i % 2 == 0 ? IncidentState.RESOLVED : IncidentState.CLOSED, s.currentLevel(), s.openedAt(),
                    s.acknowledgedAt(), s.clocks(), s.slaCalendar());
            assertThat(c.evaluator().evaluate(resolved, c.now().plus(Duration.ofDays(30)))).isEmpty();
            assertThat(c.evaluator().nextDue(resolved, c.now())).isEmpty();
        }
    }
}
