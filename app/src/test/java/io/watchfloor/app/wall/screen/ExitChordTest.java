package io.watchfloor.app.wall.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The kiosk's exit: Ctrl+Shift+Q held for two seconds, nothing less. */
class ExitChordTest {
    private static final Instant T = Instant.parse("2026-11-27T02:00:00Z");
    private final ExitChord chord = new ExitChord();

    @Test
    void holdingCtrlShiftQForTwoSecondsLeaves() {
        chord.pressed(KeyCode.CONTROL, true, false, T);
        chord.pressed(KeyCode.SHIFT, true, true, T);
        chord.pressed(KeyCode.Q, true, true, T);
        chord.pressed(KeyCode.Q, true, true, T.plusMillis(500)); // key repeat

        assertThat(chord.complete(T.plusMillis(1999))).isFalse();
        assertThat(chord.complete(T.plusSeconds(2))).isTrue();
    }

    @Test
    void lettingGoOfAnyKeyOfTheChordStartsOver() {
        chord.pressed(KeyCode.Q, true, true, T);
        chord.released(KeyCode.SHIFT);
        chord.pressed(KeyCode.Q, true, true, T.plusSeconds(1));

        assertThat(chord.complete(T.plusSeconds(2))).isFalse();
        assertThat(chord.complete(T.plusSeconds(3))).isTrue();
    }

    @Test
    void qAloneOrWithOneModifierOrAnotherKeyInBetweenDoesNothing() {
        chord.pressed(KeyCode.Q, false, false, T);
        assertThat(chord.complete(T.plusSeconds(10))).isFalse();
        chord.pressed(KeyCode.Q, true, false, T);
        assertThat(chord.complete(T.plusSeconds(10))).isFalse();

        chord.pressed(KeyCode.Q, true, true, T);
        chord.pressed(KeyCode.W, true, true, T.plusSeconds(1));
        assertThat(chord.holding()).isFalse();
        assertThat(chord.complete(T.plusSeconds(10))).isFalse();
    }
}
