package io.watchfloor.app.wall.config;

import java.util.List;

/**
 * The pages one screen rotates through ({@code wall.screens}). Immutable; any thread.
 *
 * @param screen the screen, counted from 1 in the order JavaFX lists them ({@code wall --list-screens})
 * @param pages  names of pages, in rotation order (at least one)
 */
public record ScreenSpec(int screen, List<String> pages) {
    public ScreenSpec {
        if (screen < 1) {
            throw new IllegalArgumentException("screens are counted from 1, was " + screen);
        }
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a screen needs at least one page");
        }
    }
}
