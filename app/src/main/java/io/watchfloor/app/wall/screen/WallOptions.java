package io.watchfloor.app.wall.screen;

import io.watchfloor.app.theme.ThemeName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the wall is put on screen, from the command line. Immutable; any thread.
 *
 * @param kiosk      full screen on each screen, no window chrome, no cursor, leaves only by the exit chord
 * @param fullscreen full screen, but an ordinary window otherwise (Escape leaves full screen)
 * @param width      window width when not full screen
 * @param height     window height when not full screen
 * @param screen     {@code --screen N}, counted from 1; empty for the config's mapping or the primary screen
 * @param pages      {@code --page} names: only these pages, in this order; empty for the config's
 * @param theme      {@code --theme}; empty for the config's
 * @param mute       start with the alarm muted
 */
public record WallOptions(boolean kiosk, boolean fullscreen, int width, int height, OptionalInt screen,
                          List<String> pages, Optional<ThemeName> theme, boolean mute) {
    public WallOptions {
        Objects.requireNonNull(screen, "screen");
        pages = List.copyOf(pages);
        Objects.requireNonNull(theme, "theme");
        if (width < 320 || height < 240) {
            throw new IllegalArgumentException("--width/--height must be at least 320x240");
        }
    }

    /** A 1920x1080 window on the primary screen with the config's pages and theme. */
    public static WallOptions window() {
        return new WallOptions(false, false, 1920, 1080, OptionalInt.empty(), List.of(), Optional.empty(), false);
    }
}
