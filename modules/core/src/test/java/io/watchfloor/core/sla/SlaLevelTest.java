package io.watchfloor.core.sla;

import static io.watchfloor.core.sla.SlaFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaLevelTest {
    static SlaClock clock(ClockState state, long elapsedMinutes) {
        return new SlaClock("P2 resolution (100m)", SlaKind.RESOLUTION, ClockOrigin.COMPUTED, state,
                Duration.ofMinutes(100), T0.minus(Duration.ofMinutes(elapsedMinutes)),
                T0.plus(Duration.ofMinutes(100 - elapsedMinutes)), Duration.ofMinutes(elapsedMinutes), T0);
    }

    SlaLevel level(ClockState state, long elapsedMinutes) {
        return SlaLevel.levelAt(clock(state, elapsedMinutes), T0, SlaThresholds.DEFAULT);
    }

    @Test
    void runningClockGradesByItsPercentAgainstTheServiceNowDefaults() {
        assertThat(level(ClockState.RUNNING, 49)).isEqualTo(SlaLevel.OK);
        assertThat(level(ClockState.RUNNING, 50)).isEqualTo(SlaLevel.WARN);
        assertThat(level(ClockState.RUNNING, 74)).isEqualTo(SlaLevel.WARN);
        assertThat(level(ClockState.RUNNING, 75)).isEqualTo(SlaLevel.CRITICAL);
        assertThat(level(ClockState.RUNNING, 99)).isEqualTo(SlaLevel.CRITICAL);
        assertThat(level(ClockState.RUNNING, 100)).isEqualTo(SlaLevel.BREACHED);
    }

    @Test
    void runningClockTurnsAsItCountsDownBetweenRecomputations() {
        SlaClock c = clock(ClockState.RUNNING, 40);
        assertThat(SlaLevel.levelAt(c, T0, SlaThresholds.DEFAULT)).isEqualTo(SlaLevel.OK);
        assertThat(SlaLevel.levelAt(c, T0.plus(Duration.ofMinutes(10)), SlaThresholds.DEFAULT)).isEqualTo(SlaLevel.WARN);
        assertThat(SlaLevel.levelAt(c, T0.plus(Duration.ofMinutes(60)), SlaThresholds.DEFAULT)).isEqualTo(SlaLevel.BREACHED);
    }

    @Test
    void customThresholdsApply() {
        SlaThresholds strict = new SlaThresholds(30, 60);
        assertThat(SlaLevel.levelAt(clock(ClockState.RUNNING, 35), T0, strict)).isEqualTo(SlaLevel.WARN);
        assertThat(SlaLevel.levelAt(clock(ClockState.RUNNING, 60), T0, strict)).isEqualTo(SlaLevel.CRITICAL);
    }

    @Test
    void settledAndPausedClocksReadTheirState() {
        assertThat(level(ClockState.PAUSED, 90)).isEqualTo(SlaLevel.PAUSED);
        assertThat(level(ClockState.MET, 90)).isEqualTo(SlaLevel.MET);
        assertThat(level(ClockState.BREACHED, 120)).isEqualTo(SlaLevel.BREACHED);
        assertThat(level(ClockState.CANCELLED, 10)).isEqualTo(SlaLevel.CANCELLED);
        assertThat(SlaLevel.PAUSED.live()).isTrue();
        assertThat(SlaLevel.MET.live()).isFalse();
    }

    @Test
    void thresholdsMustBeOrderedBelowHundred() {
        assertThatThrownBy(() -> new SlaThresholds(75, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaThresholds(0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlaThresholds(50, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
