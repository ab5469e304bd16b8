package io.watchfloor.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The texts the wall and the console print for durations. */
class DurationFormatTest {

    @Test
    void countdownIsHoursMinutesSecondsAndNeverNegative() {
        assertThat(DurationFormat.countdown(Duration.ofSeconds(3725))).isEqualTo("01:02:05");
        assertThat(DurationFormat.countdown(Duration.ofHours(74))).isEqualTo("74:00:00");
        assertThat(DurationFormat.countdown(Duration.ofMillis(900))).isEqualTo("00:00:00");
        assertThat(DurationFormat.countdown(Duration.ofSeconds(-5))).isEqualTo("00:00:00");
    }

    @Test
    void overdueIsMinutesSecondsThenHours() {
        assertThat(DurationFormat.overdue(Duration.ofSeconds(-727))).isEqualTo("+12:07");
        assertThat(DurationFormat.overdue(Duration.ofSeconds(-3725))).isEqualTo("+1:02:05");
    }

    @Test
    void ageKeepsTheTwoLargestUnits() {
        assertThat(DurationFormat.age(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(DurationFormat.age(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(DurationFormat.age(Duration.ofSeconds(252))).isEqualTo("4m12s");
        assertThat(DurationFormat.age(Duration.ofMinutes(63))).isEqualTo("1h03m");
        assertThat(DurationFormat.age(Duration.ofHours(52))).isEqualTo("2d04h");
    }
}
