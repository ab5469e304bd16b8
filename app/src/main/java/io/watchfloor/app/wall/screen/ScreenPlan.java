package io.watchfloor.app.wall.screen;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.ScreenSpec;
import io.watchfloor.app.wall.config.WallConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Decides which screen shows which pages: one {@link Assignment} per window to open. Pure; any thread.
 *
 * <ol>
 *   <li>{@code --screen N}: one window on screen N with the pages {@code --page} names, else those the config
 *       maps to screen N, else every page. A screen that does not exist is an error.</li>
 *   <li>{@code --page} alone: one window on the primary screen with those pages.</li>
 *   <li>{@code wall.screens} in the config: one window per configured screen that exists; a configured screen
 *       that is missing (unplugged, asleep and removed by the OS) is skipped with a warning, and if none exists
 *       the first configured screen's pages go to the primary screen.</li>
 *   <li>Otherwise one window on the primary screen with every page.</li>
 * </ol>
 * Screens are counted from 1 in the order JavaFX lists them.
 */
final class ScreenPlan {
    /**
     * One window.
     *
     * @param screen the screen, counted from 1; empty for the primary screen
     * @param pages  its pages in rotation order
     */
    record Assignment(OptionalInt screen, List<PageSpec> pages) {
        public Assignment {
            Objects.requireNonNull(screen, "screen");
            pages = List.copyOf(pages);
        }
    }

    /** The windows to open, and what could not be honoured. */
    record Plan(List<Assignment> windows, List<String> warnings) {
        public Plan {
            windows = List.copyOf(windows);
            warnings = List.copyOf(warnings);
        }
    }

    private ScreenPlan() {
    }

    /**
     * @param config    the wall config
     * @param requested {@code --screen N}, counted from 1
     * @param pages     {@code --page} names (empty for none)
     * @param available how many screens JavaFX lists
     * @throws IllegalArgumentException for a screen that does not exist or a page that does not
     */
    static Plan plan(WallConfig config, OptionalInt requested, List<String> pages, int available) {
        List<PageSpec> named = config.pages(pages);
        if (requested.isPresent()) {
            int n = requested.getAsInt();
            if (n < 1 || n > available) {
                throw new IllegalArgumentException("--screen " + n + ": there " + (available == 1 ? "is 1 screen"
                        : "are " + available + " screens") + " (see wall --list-screens)");
            }
            List<PageSpec> shown = !named.isEmpty() ? named : config.screens().stream()
                    .filter(s -> s.screen() == n).findFirst().map(s -> config.pages(s.pages()))
                    .orElse(config.pages());
            return new Plan(List.of(new Assignment(requested, shown)), List.of());
        }
        if (!named.isEmpty()) {
            return new Plan(List.of(new Assignment(OptionalInt.empty(), named)), List.of());
        }
        if (config.screens().isEmpty()) {
            return new Plan(List.of(new Assignment(OptionalInt.empty(), config.pages())), List.of());
        }
        List<Assignment> windows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ScreenSpec s : config.screens()) {
            if (s.screen() <= available) {
                windows.add(new Assignment(OptionalInt.of(s.screen()), config.pages(s.pages())));
            } else {
                warnings.add("screen " + s.screen() + " is not connected (" + available + " found): its pages "
                        + s.pages() + " are not shown");
            }
        }
        if (windows.isEmpty()) {
            ScreenSpec first = config.screens().get(0);
            warnings.add("none of the configured screens is connected: screen " + first.screen()
                    + "'s pages go to the primary screen");
            windows.add(new Assignment(OptionalInt.empty(), config.pages(first.pages())));
        }
        return new Plan(windows, warnings);
    }
}
