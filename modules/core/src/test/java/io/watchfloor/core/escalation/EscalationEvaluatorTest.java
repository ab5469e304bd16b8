package io.watchfloor.core.escalation;

import static io.watchfloor.core.escalation.EscalationFixtures.PEAK_END;
import static io.watchfloor.core.escalation.EscalationFixtures.PEAK_START;
import static io.watchfloor.core.escalation.EscalationFixtures.RESOLUTION_80_LEAD;
import static io.watchfloor.core.escalation.EscalationFixtures.T0;
import static io.watchfloor.core.escalation.EscalationFixtures.UNACK_15_TIER2;
import static io.watchfloor.core.escalation.EscalationFixtures.UNACK_30_LEAD;
import static io.watchfloor.core.escalation.EscalationFixtures.blackFriday;
import static io.watchfloor.core.escalation.EscalationFixtures.evaluator;
import static io.watchfloor.core.escalation.EscalationFixtures.minutes;
import static io.watchfloor.core.escalation.EscalationFixtures.resolutionClock;
import static io.watchfloor.core.escalation.EscalationFixtures.subject;
import static io.watchfloor.core.escalation.EscalationFixtures.unacked;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationEvaluatorTest {
    final EscalationEvaluator unackRules = evaluator(List.of(UNACK_15_TIER2, UNACK_30_LEAD));

    @Test
    void unacknowledgedP1IsProposedForTier2AfterFifteenMinutes() {
        EscalationProposal p = unackRules.evaluate(unacked(Priority.P1, T0), minutes(16)).orElseThrow();
        assertThat(p.incidentKey()).isEqualTo("snow/id1");
        assertThat(p.incidentNumber()).isEqualTo("INC0010001");
        assertThat(p.from().name()).isEqualTo("Tier 1");
        assertThat(p.to().name()).isEqualTo("Tier 2");
        assertThat(p.to().group()).contains("NOC Tier 2");
        assertThat(p.reason()).isEqualTo("P1 unacknowledged for 16 min (rule: 15 min)");
        assertThat(p.rule()).isEqualTo(UNACK_15_TIER2);
        assertThat(p.peak()).isEmpty();
        assertThat(p.dueAt()).isEqualTo(minutes(15));
    }

    @Test
    void nothingIsDueBeforeTheWaitAndTheNextDueInstantIsKnown() {
        assertThat(unackRules.evaluate(unacked(Priority.P1, T0), minutes(14))).isEmpty();
        assertThat(unackRules.nextDue(unacked(Priority.P1, T0), minutes(14))).contains(minutes(15));
        EscalationProposal next = unackRules.upcoming(unacked(Priority.P1, T0), minutes(14)).orElseThrow();
        assertThat(next.to().name()).isEqualTo("Tier 2");
        assertThat(next.reason()).isEqualTo("P1 unacknowledged for 15 min (rule: 15 min)");
    }

    @Test
    void dueExactlyAtTheWait() {
        assertThat(unackRules.evaluate(unacked(Priority.P1, T0), minutes(15))).isPresent();
    }

    @Test
    void theHighestDueLevelWins() {
        EscalationProposal p = unackRules.evaluate(unacked(Priority.P1, T0), minutes(35)).orElseThrow();
        assertThat(p.to().who()).isEqualTo("Shift lead (NOC Shift Leads, on call: Dana Weiss)");
        assertThat(p.dueAt()).isEqualTo(minutes(30));
        assertThat(p.reason()).isEqualTo("P1 unacknowledged for 35 min (rule: 30 min)");
        assertThat(unackRules.nextDue(unacked(Priority.P1, T0), minutes(35))).isEmpty();
    }

    @Test
    void nextDueLooksPastWhatIsAlreadyDue() {
        assertThat(unackRules.evaluate(unacked(Priority.P1, T0), minutes(20)).orElseThrow().to().level()).isEqualTo(1);
        assertThat(unackRules.nextDue(unacked(Priority.P1, T0), minutes(20))).contains(minutes(30));
    }

    @Test
    void anIncidentAlreadyAtTheTargetLevelIsNotProposedAgain() {
        EscalationSubject atTier2 = subject(Priority.P1, T0, 1, Optional.empty());
        assertThat(unackRules.evaluate(atTier2, minutes(20))).isEmpty();
        EscalationProposal p = unackRules.evaluate(atTier2, minutes(31)).orElseThrow();
        assertThat(p.from().name()).isEqualTo("Tier 2");
        assertThat(p.to().name()).isEqualTo("Shift lead");
        assertThat(unackRules.evaluate(subject(Priority.P1, T0, 2, Optional.empty()), minutes(60))).isEmpty();
    }

    @Test
    void aLevelAboveTheTopIsTreatedAsTheTop() {
        assertThat(unackRules.evaluate(subject(Priority.P1, T0, 7, Optional.empty()), minutes(60))).isEmpty();
    }

    @Test
    void acknowledgedIncidentIsNotEscalatedForBeingUnacknowledged() {
        EscalationSubject acked = subject(Priority.P1, T0, 0, Optional.of(minutes(20)));
        assertThat(unackRules.evaluate(acked, minutes(40))).isEmpty();
        assertThat(unackRules.nextDue(acked, minutes(40))).isEmpty();
    }

    @Test
    void resolvedClosedAndCanceledIncidentsNeverEscalate() {
        for (IncidentState s : EnumSet.of(IncidentState.RESOLVED, IncidentState.CLOSED, IncidentState.CANCELED)) {
            EscalationSubject done = new EscalationSubject("snow/id1", "INC0010001", Priority.P1, s, 0, T0,
                    Optional.empty(), List.of(), BusinessCalendar.always());
            assertThat(unackRules.evaluate(done, minutes(60))).as("%s", s).isEmpty();
            assertThat(unackRules.nextDue(done, minutes(1))).as("%s", s).isEmpty();
        }
    }

    @Test
    void onHoldIncidentsStillEscalate() {
        EscalationSubject onHold = new EscalationSubject("snow/id1", "INC0010001", Priority.P1, IncidentState.ON_HOLD,
                0, T0, Optional.empty(), List.of(), BusinessCalendar.always());
        assertThat(unackRules.evaluate(onHold, minutes(16))).isPresent();
    }

    @Test
    void rulesOnlyApplyToTheirPriorities() {
        assertThat(unackRules.evaluate(unacked(Priority.P3, T0), minutes(60))).isEmpty();
        assertThat(unackRules.evaluate(unacked(Priority.P2, T0), minutes(60)).orElseThrow().to().level()).isEqualTo(1);
    }

    @Test
    void blackFridayTightensTheWaitAndSaysSo() {
        EscalationEvaluator e = evaluator(List.of(UNACK_15_TIER2), blackFriday(Map.of()));
        Instant opened = PEAK_START.plus(Duration.ofHours(10));
        EscalationProposal p = e.evaluate(unacked(Priority.P1, opened), opened.plus(Duration.ofMinutes(16))).orElseThrow();
        assertThat(p.reason()).isEqualTo("P1 unacknowledged for 16 min (rule: 15 min; Black Friday peak: 10 min)");
        assertThat(p.dueAt()).isEqualTo(opened.plus(Duration.ofMinutes(10)));
        assertThat(p.peak()).map(PeakWindow::name).contains("Black Friday");
        assertThat(e.nextDue(unacked(Priority.P1, opened), opened)).contains(opened.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPeakStartingWhileTheWaitRunsMakesItDueAtThePeakStart() {
        EscalationEvaluator e = evaluator(List.of(UNACK_15_TIER2), blackFriday(Map.of()));
        Instant opened = PEAK_START.minus(Duration.ofMinutes(12));
        assertThat(e.nextDue(unacked(Priority.P1, opened), opened)).contains(PEAK_START);
        Instant openedEarlier = PEAK_START.minus(Duration.ofMinutes(5));
        assertThat(e.nextDue(unacked(Priority.P1, openedEarlier), openedEarlier))
                .contains(openedEarlier.plus(Duration.ofMinutes(10)));
    }

    @Test
    void outsideThePeakTheRuleIsUntouched() {
        EscalationEvaluator e = evaluator(List.of(UNACK_15_TIER2), blackFriday(Map.of()));
        assertThat(e.nextDue(unacked(Priority.P1, PEAK_END), PEAK_END)).contains(PEAK_END.plus(Duration.ofMinutes(15)));
        Instant justBeforeEnd = PEAK_END.minus(Duration.ofMinutes(5));
        assertThat(e.nextDue(unacked(Priority.P1, justBeforeEnd), justBeforeEnd))
                .contains(justBeforeEnd.plus(Duration.ofMinutes(15)));
    }

    @Test
    void duringThePeakP1BypassesTierOne() {
        EscalationEvaluator e = evaluator(List.of(UNACK_15_TIER2), blackFriday(Map.of(Priority.P1, 2)));
        Instant opened = PEAK_START.plus(Duration.ofHours(1));
        EscalationProposal p = e.evaluate(unacked(Priority.P1, opened), opened).orElseThrow();
        assertThat(p.to().name()).isEqualTo("Shift lead");
        assertThat(p.reason()).isEqualTo("P1 during Black Friday peak goes straight to Shift lead");
        assertThat(p.dueAt()).isEqualTo(opened);
        assertThat(p.rule()).isEqualTo(new EscalationRule.OnPriority(Set.of(Priority.P1), 2));
        assertThat(e.evaluate(unacked(Priority.P2, opened), opened)).isEmpty();
    }

    @Test
    void anOpenP1FromBeforeThePeakIsRaisedWhenThePeakStarts() {
        EscalationEvaluator e = evaluator(List.of(), blackFriday(Map.of(Priority.P1, 2)));
        EscalationSubject early = subject(Priority.P1, PEAK_START.minus(Duration.ofDays(1)), 0, Optional.of(PEAK_START));
        assertThat(e.evaluate(early, PEAK_START.minusSeconds(1))).isEmpty();
        assertThat(e.nextDue(early, PEAK_START.minusSeconds(1))).contains(PEAK_START);
        assertThat(e.evaluate(early, PEAK_START).orElseThrow().dueAt()).isEqualTo(PEAK_START);
    }

    @Test
    void priorityRuleGoesStraightToItsLevel() {
        EscalationEvaluator e = evaluator(List.of(new EscalationRule.OnPriority(EnumSet.of(Priority.P1), 1)));
        EscalationProposal p = e.evaluate(subject(Priority.P1, T0, 0, Optional.of(T0)), T0).orElseThrow();
        assertThat(p.reason()).isEqualTo("P1 goes straight to Tier 2 (rule: P1)");
        assertThat(e.evaluate(unacked(Priority.P2, T0), minutes(600))).isEmpty();
    }

    @Test
    void resolutionClockAtEightyPercentEscalates() {
        EscalationEvaluator e = evaluator(List.of(RESOLUTION_80_LEAD));
        SlaClock clock = resolutionClock(ClockState.RUNNING, Duration.ofHours(3), minutes(200));
        EscalationSubject s = subject(Priority.P2, T0, 0, Optional.of(minutes(5)), clock);
        assertThat(e.evaluate(s, minutes(200))).isEmpty();
        assertThat(e.nextDue(s, minutes(200))).contains(minutes(212));
        EscalationProposal p = e.evaluate(s, minutes(213)).orElseThrow();
        assertThat(p.reason()).isEqualTo("P2 resolution SLA at 80% (rule: 80%)");
        assertThat(p.dueAt()).isEqualTo(minutes(212));
    }

    @Test
    void aCrossingBehindTheMeasurementIsDatedBack() {
        EscalationEvaluator e = evaluator(List.of(RESOLUTION_80_LEAD));
        SlaClock clock = resolutionClock(ClockState.RUNNING, Duration.ofMinutes(210), minutes(220));
        EscalationProposal p = e.evaluate(subject(Priority.P2, T0, 0, Optional.of(minutes(5)), clock), minutes(220))
                .orElseThrow();
        assertThat(p.dueAt()).isEqualTo(minutes(220 - 18));
        assertThat(p.reason()).isEqualTo("P2 resolution SLA at 87% (rule: 80%)");
    }

    @Test
    void peakTightensTheSlaPercentage() {
        EscalationEvaluator e = evaluator(List.of(RESOLUTION_80_LEAD),
                new PeakWindow("Launch", T0, T0.plus(Duration.ofDays(1)), 0.5, Map.of()));
        SlaClock clock = resolutionClock(ClockState.RUNNING, Duration.ofMinutes(120), minutes(130));
        EscalationProposal p = e.evaluate(subject(Priority.P2, T0, 0, Optional.of(minutes(5)), clock), minutes(130))
                .orElseThrow();
        assertThat(p.reason()).isEqualTo("P2 resolution SLA at 50% (rule: 80%; Launch peak: 40%)");
        assertThat(p.dueAt()).isEqualTo(minutes(130 - 24));
    }

    @Test
    void aPausedClockBelowThePercentageNeverFires() {
        EscalationEvaluator e = evaluator(List.of(RESOLUTION_80_LEAD));
        SlaClock paused = resolutionClock(ClockState.PAUSED, Duration.ofHours(3), minutes(200));
        EscalationSubject s = subject(Priority.P2, T0, 0, Optional.of(minutes(5)), paused);
        assertThat(e.evaluate(s, minutes(900))).isEmpty();
        assertThat(e.nextDue(s, minutes(200))).isEmpty();
    }

    @Test
    void settledClocksAndOtherKindsAreIgnored() {
        EscalationEvaluator e = evaluator(List.of(new EscalationRule.SlaPercent(Optional.of(SlaKind.RESPONSE), 50, 1,
                Set.of())));
        SlaClock resolution = resolutionClock(ClockState.RUNNING, Duration.ofHours(3), minutes(200));
        SlaClock metResponse = new SlaClock("P2 response (30m)", SlaKind.RESPONSE, ClockOrigin.DESK, ClockState.MET,
                Duration.ofMinutes(30), T0, minutes(30), Duration.ofMinutes(25), minutes(25));
        assertThat(e.evaluate(subject(Priority.P2, T0, 0, Optional.of(minutes(25)), resolution, metResponse),
                minutes(200))).isEmpty();
    }

    @Test
    void businessHoursForecastSkipsTheWeekend() {
        ZoneId london = ZoneId.of("Europe/London");
        BusinessCalendar office = BusinessCalendar.weekly(london, BusinessCalendar.uniform(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(OpeningHours.parse("09:00-17:00"))), List.of());
        Instant friday17 = LocalDateTime.parse("2026-03-06T17:00").atZone(london).toInstant();
        SlaClock clock = new SlaClock("P3 resolution (8h)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED,
                ClockState.RUNNING, Duration.ofHours(8), friday17.minus(Duration.ofDays(1)),
                office.addBusinessTime(friday17, Duration.ofMinutes(288)), Duration.ofMinutes(192), friday17);
        EscalationSubject s = new EscalationSubject("snow/id2", "INC0010002", Priority.P3, IncidentState.IN_PROGRESS,
                0, friday17.minus(Duration.ofDays(1)), Optional.of(friday17), List.of(clock), office);
        EscalationEvaluator e = evaluator(List.of(new EscalationRule.SlaPercent(Optional.empty(), 50, 1, Set.of())));
        assertThat(e.nextDue(s, friday17)).contains(LocalDateTime.parse("2026-03-09T09:48").atZone(london).toInstant());
    }

    @Test
    void evaluationIsTheSameForTheSameInputs() {
        EscalationSubject s = unacked(Priority.P1, T0);
        assertThat(unackRules.evaluate(s, minutes(40))).isEqualTo(unackRules.evaluate(s, minutes(40)));
    }
}
