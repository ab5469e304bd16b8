package io.watchfloor.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void readsPrometheusStyleAndIsoDurations() {
        assertThat(DurationText.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(DurationText.parse("2w")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationText.parse("PT10S")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void rejectsWhatIsNotADuration() {
        assertThatThrownBy(() -> DurationText.parse("10")).hasMessageContaining("'10' is not a duration");
        assertThatThrownBy(() -> DurationText.parse("24 hours")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DurationText.isPromDuration("30d")).isTrue();
        assertThat(DurationText.isPromDuration("PT1H")).isFalse();
    }

    @Test
    void formatsShortHumanForms() {
        assertThat(DurationText.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(DurationText.format(Duration.ofSeconds(150))).isEqualTo("2m30s");
        assertThat(DurationText.format(Duration.ofHours(26))).isEqualTo("1d2h");
    }

    @Test
    void retryAfterReadsSecondsAndDatesAndIgnoresGarbage() {
        Instant now = Instant.parse("2026-08-20T10:05:00Z");
        assertThat(RetryAfter.parse("30", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 20 Aug 2026 10:04:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
