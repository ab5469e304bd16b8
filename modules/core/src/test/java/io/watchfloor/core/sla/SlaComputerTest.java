package io.watchfloor.core.sla;

import static io.watchfloor.core.IncidentState.CANCELED;
import static io.watchfloor.core.IncidentState.CLOSED;
import static io.watchfloor.core.IncidentState.IN_PROGRESS;
import static io.watchfloor.core.IncidentState.ON_HOLD;
import static io.watchfloor.core.IncidentState.RESOLVED;
import static io.watchfloor.core.sla.BusinessCalendarTest.LONDON;
import static io.watchfloor.core.sla.BusinessCalendarTest.NEW_YORK;
import static io.watchfloor.core.sla.BusinessCalendarTest.local;
import static io.watchfloor.core.sla.BusinessCalendarTest.weekdays;
import static io.watchfloor.core.sla.SlaFixtures.T0;
import static io.watchfloor.core.sla.SlaFixtures.minutes;
import static io.watchfloor.core.sla.SlaFixtures.opened;
import static io.watchfloor.core.sla.SlaFixtures.p1;
import static io.watchfloor.core.sla.SlaFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaComputerTest {
    final SlaComputer computer = new SlaComputer();

    SlaClock response(SlaPolicy policy, SlaFixtures.Facts facts, Instant now) {
        return computer.clock(policy, SlaKind.RESPONSE, facts.build(), now).orElseThrow();
    }

    SlaClock resolution(SlaPolicy policy, SlaFixtures.Facts facts, Instant now) {
        return computer.clock(policy, SlaKind.RESOLUTION, facts.build(), now).orElseThrow();
    }

    @Test
    void runningResponseClockCountsFromOpeningAndForecastsItsBreach() {
        SlaClock c = response(p1(), opened(T0), minutes(5));
        assertThat(c).isEqualTo(new SlaClock("P1 response (15m)", SlaKind.RESPONSE, ClockOrigin.COMPUTED,
                ClockState.RUNNING, Duration.ofMinutes(15), T0, minutes(15), Duration.ofMinutes(5), minutes(5)));
        assertThat(c.remainingAt(minutes(6))).isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void computeGivesResponseThenResolution() {
        List<SlaClock> clocks = computer.compute(p1(), opened(T0).build(), minutes(1));
        assertThat(clocks).extracting(SlaClock::name).containsExactly("P1 response (15m)", "P1 resolution (4h)");
    }

    @Test
    void acknowledgedInTimeIsMetAndFrozen() {
        SlaClock c = response(p1(), opened(T0).ack(minutes(10)), minutes(30));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(c.breachAt()).isEqualTo(minutes(15));
        assertThat(response(p1(), opened(T0).ack(minutes(10)), minutes(300)).elapsed()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void acknowledgedLateStaysBreachedWithItsBreachInstant() {
        SlaClock c = response(p1(), opened(T0).ack(minutes(20)), minutes(30));
        assertThat(c.state()).isEqualTo(ClockState.BREACHED);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(20));
        assertThat(c.breachAt()).isEqualTo(minutes(15));
        assertThat(response(p1(), opened(T0).ack(minutes(20)), minutes(600)).state()).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void acknowledgedExactlyAtTargetIsMet() {
        assertThat(response(p1(), opened(T0).ack(minutes(15)), minutes(30)).state()).isEqualTo(ClockState.MET);
    }

    @Test
    void unacknowledgedPastTargetKeepsRunningAndReadsBreached() {
        SlaClock c = response(p1(), opened(T0), minutes(20));
        assertThat(c.state()).isEqualTo(ClockState.RUNNING);
        assertThat(c.breachAt()).isEqualTo(minutes(15));
        assertThat(c.stateAt(minutes(20))).isEqualTo(ClockState.BREACHED);
        assertThat(c.live()).isTrue();
    }

    @Test
    void resolutionStopsAtResolution() {
        SlaClock c = resolution(p1(), opened(T0).ack(minutes(3)).resolved(minutes(90)), minutes(300));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void responseStopsAtResolutionWhenNeverAcknowledged() {
        SlaClock c = response(p1(), opened(T0).resolved(minutes(12)), minutes(60));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void resolutionSeenOnlyInTheHistoryStopsAtTheFirstResolvedState() {
        SlaFixtures.Facts f = opened(T0).state(minutes(5), IN_PROGRESS).state(minutes(120), RESOLVED)
                .state(minutes(180), CLOSED);
        SlaClock c = resolution(p1(), f, minutes(600));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void reopenedIncidentCountsOnlyItsOpenTime() {
        SlaFixtures.Facts f = opened(T0).state(minutes(60), RESOLVED).state(minutes(120), IN_PROGRESS);
        SlaClock c = resolution(p1(), f, minutes(180));
        assertThat(c.state()).isEqualTo(ClockState.RUNNING);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(120));
        assertThat(c.breachAt()).isEqualTo(minutes(300));
    }

    @Test
    void onHoldPausesTheClockWithAForecastThatMovesAndResumes() {
        SlaFixtures.Facts f = opened(T0).state(minutes(5), IN_PROGRESS).state(minutes(60), ON_HOLD)
                .state(minutes(180), IN_PROGRESS);
        SlaClock paused = resolution(p1(), f, minutes(120));
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);
        assertThat(paused.elapsed()).isEqualTo(Duration.ofMinutes(60));
        assertThat(paused.breachAt()).isEqualTo(minutes(120 + 180));
        assertThat(resolution(p1(), f, minutes(150)).breachAt()).isEqualTo(minutes(150 + 180));
        SlaClock resumed = resolution(p1(), f, minutes(240));
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.elapsed()).isEqualTo(Duration.ofMinutes(120));
        assertThat(resumed.breachAt()).isEqualTo(minutes(360));
    }

    @Test
    void onHoldDoesNotPauseWhenThePolicySaysNothingPauses() {
        SlaPolicy noPause = policy("P3", Optional.empty(), Optional.of(Duration.ofHours(8)), BusinessCalendar.always(),
                Set.of());
        SlaClock c = resolution(noPause, opened(T0).state(minutes(10), ON_HOLD), minutes(70));
        assertThat(c.state()).isEqualTo(ClockState.RUNNING);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void pausedAfterTheBreachKeepsThePastBreachInstant() {
        SlaFixtures.Facts f = opened(T0).state(minutes(300), ON_HOLD);
        SlaClock c = resolution(p1(), f, minutes(360));
        assertThat(c.state()).isEqualTo(ClockState.PAUSED);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(300));
        assertThat(c.breachAt()).isEqualTo(minutes(240));
        assertThat(SlaLevel.levelAt(c, minutes(360), SlaThresholds.DEFAULT)).isEqualTo(SlaLevel.BREACHED);
    }

    @Test
    void businessHoursClockDoesNotCountOverTheWeekend() {
        SlaPolicy p3 = policy("P3", Optional.empty(), Optional.of(Duration.ofHours(8)),
                weekdays(LONDON, "09:00-17:00"), Set.of(ON_HOLD));
        Instant friday16 = local("2026-03-06T16:00", LONDON);
        SlaClock friday = resolution(p3, opened(friday16), local("2026-03-06T20:00", LONDON));
        assertThat(friday.state()).isEqualTo(ClockState.RUNNING);
        assertThat(friday.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(friday.breachAt()).isEqualTo(local("2026-03-09T16:00", LONDON));
        SlaClock saturday = resolution(p3, opened(friday16), local("2026-03-07T12:00", LONDON));
        assertThat(saturday.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(saturday.breachAt()).isEqualTo(friday.breachAt());
        assertThat(saturday.name()).isEqualTo("P3 resolution (8h)");
    }

    @Test
    void clockOpenedOutsideBusinessHoursRunsFromTheNextOpening() {
        SlaPolicy p3 = policy("P3", Optional.of(Duration.ofHours(2)), Optional.empty(),
                weekdays(LONDON, "09:00-17:00"), Set.of(ON_HOLD));
        Instant saturday = local("2026-03-07T11:00", LONDON);
        SlaClock c = response(p3, opened(saturday), saturday.plusSeconds(3600));
        assertThat(c.state()).isEqualTo(ClockState.RUNNING);
        assertThat(c.elapsed()).isZero();
        assertThat(c.breachAt()).isEqualTo(local("2026-03-09T11:00", LONDON));
    }

    @Test
    void businessClockForecastCrossesTheSpringClockChange() {
        SlaPolicy p3 = policy("P3", Optional.empty(), Optional.of(Duration.ofHours(2)),
                weekdays(NEW_YORK, "09:00-17:00"), Set.of());
        Instant friday16 = local("2026-03-06T16:00", NEW_YORK);
        SlaClock c = resolution(p3, opened(friday16), local("2026-03-06T16:30", NEW_YORK));
        assertThat(c.breachAt()).isEqualTo(Instant.parse("2026-03-09T14:00:00Z")); // Monday 10:00 EDT
        SlaClock monday = resolution(p3, opened(friday16), Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(monday.elapsed()).isEqualTo(Duration.ofHours(2));
        assertThat(monday.stateAt(monday.measuredAt())).isEqualTo(ClockState.BREACHED);
    }

    @Test
    void twentyFourSevenClockCountsTheLongFallBackNight() {
        SlaPolicy p = policy("P3", Optional.empty(), Optional.of(Duration.ofHours(10)),
                BusinessCalendar.always(), Set.of());
        Instant evening = local("2026-10-24T20:00", LONDON);
        SlaClock c = resolution(p, opened(evening), local("2026-10-25T04:00", LONDON));
        assertThat(c.elapsed()).isEqualTo(Duration.ofHours(9));
        assertThat(c.breachAt()).isEqualTo(local("2026-10-25T05:00", LONDON));
    }

    @Test
    void canceledIncidentCancelsUnsettledClocksButKeepsAMetResponse() {
        SlaFixtures.Facts f = opened(T0).ack(minutes(5)).state(minutes(30), CANCELED);
        List<SlaClock> clocks = computer.compute(p1(), f.build(), minutes(60));
        assertThat(clocks).extracting(SlaClock::state).containsExactly(ClockState.MET, ClockState.CANCELLED);
        assertThat(clocks.get(1).elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(SlaLevel.levelAt(clocks.get(1), minutes(60), SlaThresholds.DEFAULT)).isEqualTo(SlaLevel.CANCELLED);
    }

    @Test
    void acknowledgementBeforeOpeningIsMetAtZero() {
        SlaClock c = response(p1(), opened(T0).ack(minutes(-3)), minutes(1));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isZero();
    }

    @Test
    void acknowledgementAfterNowFromSkewedClocksStopsAtNow() {
        SlaClock c = response(p1(), opened(T0).ack(minutes(9)), minutes(8));
        assertThat(c.state()).isEqualTo(ClockState.MET);
        assertThat(c.elapsed()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void nowBeforeOpeningReadsAsJustStarted() {
        SlaClock c = response(p1(), opened(T0), minutes(-2));
        assertThat(c.elapsed()).isZero();
        assertThat(c.measuredAt()).isEqualTo(T0);
        assertThat(c.breachAt()).isEqualTo(minutes(15));
    }

    @Test
    void aPolicyWithoutResponseTargetHasOnlyAResolutionClock() {
        SlaPolicy p = policy("P3", Optional.empty(), Optional.of(Duration.ofDays(3)), BusinessCalendar.always(), Set.of());
        assertThat(computer.compute(p, opened(T0).build(), minutes(1))).extracting(SlaClock::name)
                .containsExactly("P3 resolution (3d)");
    }

    static Incident incident(IncidentState state, List<SlaClock> clocks) {
        return new Incident(SourceId.of("snow"), "id1", "INC0010001", "Checkout down", "payments", Priority.P1, state,
                Optional.empty(), Optional.empty(), 0, T0, minutes(40), Optional.empty(), List.of(), clocks,
                Optional.of(new Acknowledgement("jane", minutes(4), Optional.empty(), "journal-1")), List.of());
    }

    @Test
    void deskClockWinsAndComputedClockFillsTheMissingKind() {
        SlaClock desk = new SlaClock("P1 resolution (4h) desk", SlaKind.RESOLUTION, ClockOrigin.DESK,
                ClockState.RUNNING, Duration.ofHours(4), T0, minutes(240), Duration.ofMinutes(60), minutes(60));
        SlaClock stale = response(p1(), opened(T0), minutes(1));
        List<SlaClock> clocks = computer.clocksFor(new SlaPolicies(List.of(p1())),
                incident(IncidentState.IN_PROGRESS, List.of(desk, stale)), List.of(), minutes(60));
        assertThat(clocks).hasSize(2);
        assertThat(clocks.get(0)).isSameAs(desk);
        assertThat(clocks.get(1).origin()).isEqualTo(ClockOrigin.COMPUTED);
        assertThat(clocks.get(1).state()).isEqualTo(ClockState.MET);
        assertThat(clocks.get(1).elapsed()).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void incidentWithoutPolicyKeepsOnlyItsDeskClocks() {
        Incident i = incident(IncidentState.IN_PROGRESS, List.of(response(p1(), opened(T0), minutes(1))));
        assertThat(computer.clocksFor(SlaPolicies.none(), i, List.of(), minutes(60))).isEmpty();
    }

    @Test
    void incidentFirstSeenOnHoldCountsAsPausedSinceItsLastUpdate() {
        Incident onHold = incident(ON_HOLD, List.of());
        List<SlaClock> clocks = computer.clocksFor(new SlaPolicies(List.of(p1())), onHold, List.of(), minutes(100));
        SlaClock resolution = clocks.get(1);
        assertThat(resolution.state()).isEqualTo(ClockState.PAUSED);
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void factsAppendTheCurrentStateNeverBeforeTheLastObservedChange() {
        Incident onHold = incident(ON_HOLD, List.of());
        IncidentFacts f = IncidentFacts.of(onHold, List.of(new StateChange(minutes(50), IN_PROGRESS)));
        assertThat(f.history()).containsExactly(new StateChange(minutes(50), IN_PROGRESS),
                new StateChange(minutes(50), ON_HOLD));
        assertThat(f.acknowledgedAt()).contains(minutes(4));
        assertThat(f.stateAt(minutes(49))).isEqualTo(IncidentState.NEW);
        assertThat(f.stateAt(minutes(50))).isEqualTo(ON_HOLD);
    }
}
