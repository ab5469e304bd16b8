package io.watchfloor.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.ClockState;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property checks of SLA clocks over seeded random timelines: random calendars (or 24x7), targets,
 * pause states, state histories with holds, resolutions, reopenings and cancellations, and random
 * acknowledgement and resolution instants.
 */
class SlaComputerPropertyTest {
    static final IncidentState[] OPEN = {IncidentState.NEW, IncidentState.IN_PROGRESS, IncidentState.ON_HOLD};
    final SlaComputer computer = new SlaComputer();

    record Case(SlaPolicy policy, IncidentFacts facts, Instant end) {
    }

    static Case randomCase(Random r) {
        BusinessCalendar calendar = r.nextInt(3) == 0 ? BusinessCalendar.always()
                : BusinessCalendarPropertyTest.randomCalendar(r);
        Set<IncidentState> pause = EnumSet.noneOf(IncidentState.class);
        for (IncidentState s : OPEN) {
            if (r.nextInt(3) == 0) {
                pause.add(s);
            }
        }
        SlaPolicy policy = new SlaPolicy("P" + (1 + r.nextInt(5)), Set.of(), Set.of(),
                Optional.of(Duration.ofMinutes(1 + r.nextInt(24 * 60))),
                Optional.of(Duration.ofMinutes(1 + r.nextInt(5 * 24 * 60))), calendar, pause, SlaThresholds.DEFAULT);
        Instant opened = BusinessCalendarPropertyTest.randomInstant(r, calendar.zone());
        Instant t = opened;
        List<StateChange> history = new ArrayList<>();
        int changes = r.nextInt(8);
        for (int i = 0; i < changes; i++) {
            t = t.plus(Duration.ofMinutes(r.nextInt(24 * 60)));
            int pick = r.nextInt(10);
            IncidentState s = pick < 7 ? OPEN[pick % 3]
                    : pick == 7 ? IncidentState.RESOLVED : pick == 8 ? IncidentState.CLOSED : IncidentState.CANCELED;
            history.add(new StateChange(t, s));
        }
        Instant end = t.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
        Optional<Instant> ack = r.nextBoolean() ? Optional.of(between(r, opened, end)) : Optional.empty();
        Optional<Instant> resolved = r.nextInt(4) == 0 ? Optional.of(between(r, opened, end)) : Optional.empty();
        return new Case(policy, new IncidentFacts(opened, ack, resolved, history), end);
    }

    static Instant between(Random r, Instant a, Instant b) {
        return a.plusSeconds((long) (r.nextDouble() * Duration.between(a, b).getSeconds()));
    }

    SlaClock clock(Case c, SlaKind kind, Instant now) {
        return computer.clock(c.policy(), kind, c.facts(), now).orElseThrow();
    }

    @Test
    void elapsedPlusRemainingBusinessTimeIsTheTargetForLiveClocksBeforeBreach() {
        Random r = new Random(101L);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            Case c = randomCase(r);
            for (SlaKind kind : SlaKind.values()) {
                Instant now = between(r, c.facts().openedAt(), c.end());
                SlaClock clock = clock(c, kind, now);
                if (clock.live() && clock.elapsed().compareTo(clock.target()) < 0) {
                    checked++;
                    Duration remaining = c.policy().calendar().businessTimeBetween(now, clock.breachAt());
                    assertThat(clock.elapsed().plus(remaining)).as("case %d %s", i, kind).isEqualTo(clock.target());
                    if (c.policy().calendar().alwaysOpen() && clock.state() == ClockState.RUNNING) {
                        assertThat(clock.remainingAt(now)).isEqualTo(clock.target().minus(clock.elapsed()));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void elapsedNeverDecreasesAsNowAdvancesAndNeverExceedsBusinessTimeSinceOpening() {
        Random r = new Random(202L);
        for (int i = 0; i < 300; i++) {
            Case c = randomCase(r);
            for (SlaKind kind : SlaKind.values()) {
                Duration previous = Duration.ZERO;
                for (int step = 0; step <= 12; step++) {
                    Instant now = c.facts().openedAt()
                            .plus(Duration.between(c.facts().openedAt(), c.end()).multipliedBy(step).dividedBy(12));
                    SlaClock clock = clock(c, kind, now);
                    assertThat(clock.elapsed()).as("case %d %s step %d", i, kind, step).isGreaterThanOrEqualTo(previous);
                    assertThat(clock.elapsed()).isLessThanOrEqualTo(
                            c.policy().calendar().businessTimeBetween(c.facts().openedAt(), now));
                    previous = clock.elapsed();
                }
            }
        }
    }

    @Test
    void pausingNeverIncreasesElapsed() {
        Random r = new Random(303L);
        for (int i = 0; i < 400; i++) {
            Case c = randomCase(r);
            SlaPolicy noPause = new SlaPolicy(c.policy().name(), Set.of(), Set.of(), c.policy().responseTarget(),
                    c.policy().resolutionTarget(), c.policy().calendar(), Set.of(), SlaThresholds.DEFAULT);
            SlaPolicy allPause = new SlaPolicy(c.policy().name(), Set.of(), Set.of(), c.policy().responseTarget(),
                    c.policy().resolutionTarget(), c.policy().calendar(), EnumSet.of(IncidentState.ON_HOLD,
                    IncidentState.IN_PROGRESS), SlaThresholds.DEFAULT);
            Instant now = between(r, c.facts().openedAt(), c.end());
            for (SlaKind kind : SlaKind.values()) {
                Duration with = computer.clock(c.policy(), kind, c.facts(), now).orElseThrow().elapsed();
                Duration without = computer.clock(noPause, kind, c.facts(), now).orElseThrow().elapsed();
                Duration more = computer.clock(allPause, kind, c.facts(), now).orElseThrow().elapsed();
                assertThat(with).as("case %d %s", i, kind).isLessThanOrEqualTo(without);
                if (c.policy().pauseStates().stream().allMatch(allPause.pauseStates()::contains)) {
                    assertThat(more).as("case %d %s", i, kind).isLessThanOrEqualTo(with);
                }
            }
        }
    }

    @Test
    void settledClocksStaySettledAndFrozen() {
        Random r = new Random(404L);
        int settled = 0;
        for (int i = 0; i < 400; i++) {
            Case c = randomCase(r);
            for (SlaKind kind : SlaKind.values()) {
                SlaClock atEnd = clock(c, kind, c.end());
                if (!atEnd.live()) {
                    settled++;
                    SlaClock later = clock(c, kind, c.end().plus(Duration.ofDays(1 + r.nextInt(30))));
                    assertThat(later.state()).isEqualTo(atEnd.state());
                    assertThat(later.elapsed()).isEqualTo(atEnd.elapsed());
                    assertThat(later.breachAt()).isEqualTo(atEnd.breachAt());
                    boolean late = atEnd.elapsed().compareTo(atEnd.target()) > 0;
                    if (atEnd.state() != ClockState.CANCELLED) {
                        assertThat(atEnd.state()).as("case %d", i).isEqualTo(late ? ClockState.BREACHED : ClockState.MET);
                    }
                }
            }
        }
        assertThat(settled).isGreaterThan(100);
    }

    @Test
    void theBreachInstantIsWhenElapsedReachedTheTarget() {
        Random r = new Random(505L);
        int breached = 0;
        for (int i = 0; i < 400; i++) {
            Case c = randomCase(r);
            for (SlaKind kind : SlaKind.values()) {
                SlaClock clock = clock(c, kind, c.end());
                if (clock.elapsed().compareTo(clock.target()) >= 0) {
                    breached++;
                    assertThat(clock.breachAt()).isBeforeOrEqualTo(clock.measuredAt());
                    assertThat(clock(c, kind, clock.breachAt()).elapsed()).as("case %d %s", i, kind)
                            .isEqualTo(clock.target());
                    assertThat(clock(c, kind, clock.breachAt().minusNanos(1)).elapsed()).isLessThan(clock.target());
                    if (clock.state() == ClockState.RUNNING) {
                        assertThat(clock.stateAt(clock.measuredAt())).isEqualTo(ClockState.BREACHED);
                    }
                } else if (clock.live()) {
                    assertThat(clock.breachAt()).isAfter(clock.measuredAt());
                }
            }
        }
        assertThat(breached).isGreaterThan(50);
    }

    @Test
    void levelsFollowTheClock() {
        Random r = new Random(606L);
        for (int i = 0; i < 300; i++) {
            Case c = randomCase(r);
            Instant now = between(r, c.facts().openedAt(), c.end());
            for (SlaKind kind : SlaKind.values()) {
                SlaClock clock = clock(c, kind, now);
                SlaLevel level = SlaLevel.levelAt(clock, now, SlaThresholds.DEFAULT);
                double percent = 100.0 * clock.elapsed().toNanos() / clock.target().toNanos();
                if (clock.state() == ClockState.RUNNING) {
                    SlaLevel expected = percent >= 100 ? SlaLevel.BREACHED : percent >= 75 ? SlaLevel.CRITICAL
                            : percent >= 50 ? SlaLevel.WARN : SlaLevel.OK;
                    assertThat(level).as("case %d %s at %.3f%%", i, kind, percent).isEqualTo(expected);
                } else {
                    assertThat(level.live()).isEqualTo(clock.live() && percent < 100);
                }
            }
        }
    }
}
