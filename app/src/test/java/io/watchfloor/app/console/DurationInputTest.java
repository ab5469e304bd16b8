package io.watchfloor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading the silence durations operators type. */
class DurationInputTest {
    @Test
    void readsPrometheusStyleDurations() {
        assertThat(DurationInput.parse("30m")).contains(Duration.ofMinutes(30));
        assertThat(DurationInput.parse("2h")).contains(Duration.ofHours(2));
        assertThat(DurationInput.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(DurationInput.parse(" 1d ")).contains(Duration.ofDays(1));
        assertThat(DurationInput.parse("45s")).contains(Duration.ofSeconds(45));
        assertThat(DurationInput.parse("1w")).contains(Duration.ofDays(7));
    }

    @Test
    void aBareNumberIsMinutes() {
        assertThat(DurationInput.parse("90")).contains(Duration.ofMinutes(90));
    }

    @Test
    void refusesNonsenseZeroAndMoreThanAWeek() {
        assertThat(DurationInput.parse("")).isEmpty();
        assertThat(DurationInput.parse("soon")).isEmpty();
        assertThat(DurationInput.parse("2x")).isEmpty();
        assertThat(DurationInput.parse("h2")).isEmpty();
        assertThat(DurationInput.parse("0m")).isEmpty();
        assertThat(DurationInput.parse("8d")).isEmpty();
        assertThat(DurationInput.parse("99999999999h")).isEmpty();
    }
}
