package io.watchfloor.app.wall.screen;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/**
 * The only way out of kiosk mode: Ctrl+Shift+Q held down for {@link #HOLD}. A brush against the keyboard, a cat
 * or a cleaner does not end the wall; an operator who means it does. Pure state, no toolkit (KeyCode is an enum);
 * confined to the FX thread in use.
 */
final class ExitChord {
    /** How long the chord must be held. */
    static final Duration HOLD = Duration.ofSeconds(2);

    private Optional<Instant> heldSince = Optional.empty();

    /** A key went down (or repeats while held) with these modifiers at {@code now}. */
    void pressed(KeyCode code, boolean control, boolean shift, Instant now) {
        boolean chord = code == KeyCode.Q && control && shift;
        boolean modifier = code == KeyCode.CONTROL || code == KeyCode.SHIFT;
        if (chord) {
            if (heldSince.isEmpty()) {
                heldSince = Optional.of(now);
            }
        } else if (!modifier) {
            heldSince = Optional.empty();
        }
    }

    /** A key came up: releasing any key of the chord starts over. */
    void released(KeyCode code) {
        if (code == KeyCode.Q || code == KeyCode.CONTROL || code == KeyCode.SHIFT) {
            heldSince = Optional.empty();
        }
    }

    /** Whether the chord has been held long enough at {@code now}. */
    boolean complete(Instant now) {
        return heldSince.isPresent() && !now.isBefore(heldSince.get().plus(HOLD));
    }

    /** Whether the chord is being held. */
    boolean holding() {
        return heldSince.isPresent();
    }
}
