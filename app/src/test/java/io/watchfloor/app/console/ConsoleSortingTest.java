package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sort keys of the list: urgency across alerts and incidents, SLA countdowns, ages. */
class ConsoleSortingTest {
    @Test
    void urgencyPutsCriticalAndP1FirstThenWhatNeedsSomeoneThenOpenBeforeResolved() {
        Urgency criticalAcked = Urgency.of(Severity.CRITICAL, false, true);
        Urgency criticalUnacked = Urgency.of(Severity.CRITICAL, true, true);
        Urgency p1Unacked = Urgency.of(Priority.P1, true, true);
        Urgency p2 = Urgency.of(Priority.P2, false, true);
        Urgency majorResolved = Urgency.of(Severity.MAJOR, false, false);
        Urgency info = Urgency.of(Severity.INFO, true, true);
        List<Urgency> list = new ArrayList<>(List.of(info, majorResolved, p2, criticalAcked, p1Unacked, criticalUnacked));

        Collections.sort(list);

        assertThat(list.subList(0, 2)).containsExactlyInAnyOrder(criticalUnacked, p1Unacked);
        assertThat(list.subList(2, list.size())).containsExactly(criticalAcked, p2, majorResolved, info);
        assertThat(Urgency.of(Priority.P3, false, true).levelName()).isEqualTo("Minor \u00b7 P3");
        assertThat(p1Unacked.styleClass()).isEqualTo("wf-priority-p1");
        assertThat(criticalAcked.label()).isEqualTo("CRITICAL");
    }

    @Test
    void slaCellsSortBreachedFirstThenByTimeLeftAndRowsWithoutAClockLast() {
        SlaCell breached = SlaCell.of(BoardFixtures.running("r", SlaKind.RESOLUTION, ClockOrigin.DESK,
                Duration.ofHours(1), Duration.ofMinutes(70), NOW), NOW);
        SlaCell soon = SlaCell.of(BoardFixtures.running("r", SlaKind.RESPONSE, ClockOrigin.COMPUTED,
                Duration.ofMinutes(15), Duration.ofMinutes(14), NOW), NOW);
        SlaCell later = SlaCell.of(BoardFixtures.running("r", SlaKind.RESOLUTION, ClockOrigin.DESK,
                Duration.ofHours(8), Duration.ofHours(1), NOW), NOW);
        SlaCell paused = SlaCell.of(BoardFixtures.paused("p", Duration.ofHours(24), Duration.ofHours(9), NOW), NOW);
        List<SlaCell> list = new ArrayList<>(List.of(SlaCell.NONE, paused, later, soon, breached));

        Collections.sort(list);

        assertThat(list).containsExactly(breached, soon, later, paused, SlaCell.NONE);
        assertThat(breached.text()).isEqualTo("BREACHED +10:00");
        assertThat(breached.level()).isEqualTo("breached");
        assertThat(soon.text()).isEqualTo("00:01:00");
        assertThat(soon.level()).isEqualTo("warning");
        assertThat(later.level()).isEqualTo("ok");
        assertThat(paused.text()).isEqualTo("PAUSED 15:00:00");
    }

    @Test
    void futureAgesReadZeroAndClockTimesShowTheDayOnlyWhenNotToday() {
        assertThat(ClockText.ageAt(NOW.plusSeconds(5), NOW)).isEqualTo("0s");
        assertThat(ClockText.clockTime(NOW, NOW, BoardFixtures.ZONE)).isEqualTo("03:14:30");
        assertThat(ClockText.clockTime(NOW.minus(Duration.ofHours(5)), NOW, BoardFixtures.ZONE)).isEqualTo("26 Nov 22:14");
    }
}
