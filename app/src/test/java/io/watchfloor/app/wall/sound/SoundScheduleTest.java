package io.watchfloor.app.wall.sound;

import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.wall.config.SoundSpec;
import io.watchfloor.app.wall.config.TimeWindow;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the alarm sounds: new critical, repeat, stop on acknowledgement, mute, quiet hours. */
class SoundScheduleTest {
    /** 14:00 local time: outside the quiet hours used below. */
    private static final Instant DAY = ZonedDateTime.of(2026, 11, 27, 14, 0, 0, 0, ZONE).toInstant();
    private final SoundSpec everyMinute = new SoundSpec(true, Duration.ofMinutes(1), Optional.empty());

    private static BoardState quiet(Instant now) {
        return new BoardBuilder(now).alert(Severity.MAJOR, "search", "SearchSlow", false)
                .alert(Severity.CRITICAL, "checkout", "CheckoutAcked", true).build();
    }

    private static BoardState critical(Instant now, String... names) {
        BoardBuilder b = new BoardBuilder(now);
        for (String n : names) {
            b.alert(Severity.CRITICAL, "checkout", n, false);
        }
        return b.build();
    }

    @Test
    void aNewUnacknowledgedCriticalSoundsAtOnceAndAgainEveryRepeatUntilAcknowledged() {
        SoundSchedule s = new SoundSchedule(everyMinute, ZONE);
        assertThat(s.update(quiet(DAY), DAY, false)).as("major and acknowledged critical").isFalse();

        assertThat(s.update(critical(DAY, "CheckoutDown"), DAY, false)).isTrue();
        assertThat(s.tick(DAY.plusSeconds(1), false)).isFalse();
        assertThat(s.update(critical(DAY, "CheckoutDown"), DAY.plusSeconds(30), false)).as("same alert").isFalse();
        assertThat(s.tick(DAY.plusSeconds(59), false)).isFalse();
        assertThat(s.tick(DAY.plusSeconds(60), false)).isTrue();
        assertThat(s.tick(DAY.plusSeconds(61), false)).isFalse();

        assertThat(s.update(quiet(DAY), DAY.plusSeconds(90), false)).isFalse();
        assertThat(s.tick(DAY.plusSeconds(600), false)).as("acknowledged: silence").isFalse();
    }

    @Test
    void anotherNewCriticalSoundsAtOnceWithoutWaitingForTheRepeat() {
        SoundSchedule s = new SoundSchedule(everyMinute, ZONE);
        assertThat(s.update(critical(DAY, "A"), DAY, false)).isTrue();

        assertThat(s.update(critical(DAY, "A", "B"), DAY.plusSeconds(10), false)).isTrue();
        assertThat(s.update(critical(DAY, "A"), DAY.plusSeconds(20), false)).as("one fewer is not new").isFalse();
    }

    @Test
    void mutedItNeverSoundsAndSoundsWhenUnmutedIfTheCriticalStillWaits() {
        SoundSchedule s = new SoundSchedule(everyMinute, ZONE);

        assertThat(s.update(critical(DAY, "A"), DAY, true)).isFalse();
        assertThat(s.tick(DAY.plusSeconds(120), true)).isFalse();
        assertThat(s.tick(DAY.plusSeconds(121), false)).isTrue();
        assertThat(s.tick(DAY.plusSeconds(122), false)).isFalse();
    }

    @Test
    void quietHoursAcrossMidnightSilenceItUntilTheyEnd() {
        SoundSchedule s = new SoundSchedule(new SoundSpec(true, Duration.ofMinutes(5),
                Optional.of(TimeWindow.parse("22:00-06:00"))), ZONE);
        Instant night = ZonedDateTime.of(2026, 11, 27, 23, 30, 0, 0, ZONE).toInstant();
        Instant lateNight = ZonedDateTime.of(2026, 11, 28, 5, 59, 0, 0, ZONE).toInstant();
        Instant morning = ZonedDateTime.of(2026, 11, 28, 6, 0, 0, 0, ZONE).toInstant();

        assertThat(s.quiet(night)).isTrue();
        assertThat(s.quiet(morning)).isFalse();
        assertThat(s.update(critical(night, "A"), night, false)).isFalse();
        assertThat(s.tick(lateNight, false)).isFalse();
        assertThat(s.tick(morning, false)).as("still unacknowledged when the quiet hours end").isTrue();
    }

    @Test
    void aZeroRepeatSoundsOnceAndDisabledNever() {
        SoundSchedule once = new SoundSchedule(new SoundSpec(true, Duration.ZERO, Optional.empty()), ZONE);
        assertThat(once.update(critical(DAY, "A"), DAY, false)).isTrue();
        assertThat(once.tick(DAY.plusSeconds(3600), false)).isFalse();

        SoundSchedule off = new SoundSchedule(new SoundSpec(false, Duration.ofMinutes(1), Optional.empty()), ZONE);
        assertThat(off.update(critical(DAY, "A"), DAY, false)).isFalse();
        assertThat(off.tick(DAY.plusSeconds(3600), false)).isFalse();
    }

    @Test
    void afterAnAcknowledgementTheSameAlertFiringUnacknowledgedAgainSoundsAgain() {
        SoundSchedule s = new SoundSchedule(everyMinute, ZONE);
        assertThat(s.update(critical(DAY, "A"), DAY, false)).isTrue();
        assertThat(s.update(quiet(DAY), DAY.plusSeconds(5), false)).isFalse();

        assertThat(s.update(critical(DAY, "A"), DAY.plusSeconds(10), false)).isTrue();
    }
}
