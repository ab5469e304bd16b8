package io.watchfloor.core;

import static io.watchfloor.core.Fixtures.T0;
import static io.watchfloor.core.Fixtures.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    @Test
    void runningClockCountsDownBetweenPollsWithoutNewData() {
        SlaClock c = running("P1 resolution (4h)", Duration.ofHours(4), Duration.ofHours(1));
        assertThat(c.remainingAt(T0)).isEqualTo(Duration.ofHours(3));
        assertThat(c.remainingAt(T0.plusSeconds(90))).isEqualTo(Duration.ofHours(3).minusSeconds(90));
        assertThat(c.percentAt(T0)).isEqualTo(25.0);
        assertThat(c.stateAt(T0.plusSeconds(90))).isEqualTo(ClockState.RUNNING);
    }

    @Test
    void runningClockReadsBreachedOnceItsBreachInstantPasses() {
        SlaClock c = running("P1 response (15m)", Duration.ofMinutes(15), Duration.ofMinutes(14));
        assertThat(c.stateAt(T0.plusSeconds(59))).isEqualTo(ClockState.RUNNING);
        assertThat(c.stateAt(T0.plusSeconds(60))).isEqualTo(ClockState.BREACHED);
        assertThat(c.remainingAt(T0.plusSeconds(120))).isEqualTo(Duration.ofSeconds(-60));
        assertThat(c.percentAt(T0.plusSeconds(120))).isGreaterThan(100.0);
    }

    @Test
    void pausedClockStaysFrozen() {
        SlaClock c = new SlaClock("P2 resolution (8h)", SlaKind.RESOLUTION, ClockOrigin.DESK, ClockState.PAUSED,
                Duration.ofHours(8), T0.minusSeconds(3600), T0.plusSeconds(7 * 3600), Duration.ofHours(1), T0);
        assertThat(c.remainingAt(T0.plusSeconds(3600))).isEqualTo(Duration.ofHours(7));
        assertThat(c.percentAt(T0.plusSeconds(3600))).isEqualTo(12.5);
        assertThat(c.stateAt(T0.plusSeconds(9 * 3600))).isEqualTo(ClockState.PAUSED);
    }

    @Test
    void refusesANonPositiveTarget() {
        assertThatThrownBy(() -> running("x", Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    }
}
