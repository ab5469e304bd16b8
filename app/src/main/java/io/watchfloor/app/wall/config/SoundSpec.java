package io.watchfloor.app.wall.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When the wall sounds its alarm ({@code wall.sound}): on a new unacknowledged critical alert, again every
 * {@code repeat} while one is unacknowledged, never during {@code quietHours}. Immutable; any thread.
 *
 * @param enabled    whether the wall plays a sound at all
 * @param repeat     how often the sound repeats while a critical stays unacknowledged; zero plays it once
 * @param quietHours when no sound plays (in the wall's time zone)
 */
public record SoundSpec(boolean enabled, Duration repeat, Optional<TimeWindow> quietHours) {
    /** The shortest repeat that is not zero. */
    public static final Duration MIN_REPEAT = Duration.ofSeconds(5);
    /** The default: on, repeating every minute, no quiet hours. */
    public static final SoundSpec DEFAULT = new SoundSpec(true, Duration.ofMinutes(1), Optional.empty());

    public SoundSpec {
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(quietHours, "quietHours");
        if (repeat.isNegative() || (!repeat.isZero() && repeat.compareTo(MIN_REPEAT) < 0)) {
            throw new IllegalArgumentException("repeat must be 0 (play once) or at least 5s, was " + repeat);
        }
    }
}
