package io.watchfloor.app.wall.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.engine.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated {@code wall:} section of the config (docs/config.md): theme, pages and their rotation, which
 * screen shows which pages, the alarm sound, who is on call, and the thresholds of the new tiles. Without a
 * {@code wall:} section the wall shows one page, the classic board ({@link PageSpec#classic}). Immutable; any
 * thread.
 *
 * @param theme          the theme unless {@code --theme} says otherwise
 * @param dwell          the dwell of a page that sets none
 * @param pages          at least one page, unique names, in rotation order
 * @param screens        which screen shows which pages; empty: one screen shows every page
 * @param sound          the alarm sound
 * @param onCall         who holds which role, in config order
 * @param expiryWarning  an acknowledgement or silence ending within this is "about to expire"
 * @param degradedShare  a degraded minute costs this share (0..1) of a down minute
 */
public record WallConfig(ThemeName theme, Duration dwell, List<PageSpec> pages, List<ScreenSpec> screens,
                         SoundSpec sound, List<OnCallEntry> onCall, Duration expiryWarning, double degradedShare) {
    /** The dwell of a page that sets none. */
    public static final Duration DEFAULT_DWELL = Duration.ofSeconds(30);
    /** The default for {@link #expiryWarning}. */
    public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofMinutes(15);

    public WallConfig {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(dwell, "dwell");
        pages = List.copyOf(pages);
        screens = List.copyOf(screens);
        Objects.requireNonNull(sound, "sound");
        onCall = List.copyOf(onCall);
        Objects.requireNonNull(expiryWarning, "expiryWarning");
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the wall needs at least one page");
        }
        if (pages.stream().map(PageSpec::name).distinct().count() != pages.size()) {
            throw new IllegalArgumentException("page names must be unique");
        }
        for (ScreenSpec s : screens) {
            for (String p : s.pages()) {
                if (pages.stream().noneMatch(page -> page.name().equals(p))) {
                    throw new IllegalArgumentException("screen " + s.screen() + " names no such page '" + p + "'");
                }
            }
        }
        if (!(degradedShare >= 0 && degradedShare <= 1)) {
            throw new IllegalArgumentException("degraded share must be within 0..1, was " + degradedShare);
        }
    }

    /** The wall without a {@code wall:} section: dark, the classic board, sound on. */
    public static WallConfig defaults() {
        return new WallConfig(ThemeName.DARK, DEFAULT_DWELL, List.of(PageSpec.classic(DEFAULT_DWELL)), List.of(),
                SoundSpec.DEFAULT, List.of(), DEFAULT_EXPIRY_WARNING, 1.0);
    }

    /**
     * Reads and validates the {@code wall:} section.
     *
     * @param wall   the section as the engine's loader handed it over; empty for {@link #defaults()}
     * @param origin names the file in messages ("watchfloor.yaml")
     * @throws ConfigException naming the file and the path of the wrong value:
     *                         {@code watchfloor.yaml: wall.pages[1].dwell: '2x' is not a duration ...}
     */
    public static WallConfig parse(Optional<JsonNode> wall, String origin) throws ConfigException {
        Objects.requireNonNull(wall, "wall");
        if (wall.isEmpty() || wall.get().isNull() || wall.get().isMissingNode()) {
            return defaults();
        }
        return new WallConfigReader(origin).read(wall.get());
    }

    /** The page of this name. */
    public Optional<PageSpec> page(String name) {
        return pages.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The pages of these names, in the order given. */
    public List<PageSpec> pages(List<String> names) {
        List<PageSpec> out = new ArrayList<>();
        for (String n : names) {
            out.add(page(n).orElseThrow(() -> new IllegalArgumentException(
                    "no page '" + n + "' (pages: " + String.join(", ", pageNames()) + ")")));
        }
        return out;
    }

    /** Every page name, in rotation order. */
    public List<String> pageNames() {
        return pages.stream().map(PageSpec::name).toList();
    }

    /** The same config with another theme. */
    public WallConfig withTheme(ThemeName other) {
        return new WallConfig(other, dwell, pages, screens, sound, onCall, expiryWarning, degradedShare);
    }

    /** The same config with only these pages (and no screen mapping): what one screen shows. */
    public WallConfig withPages(List<PageSpec> only) {
        return new WallConfig(theme, dwell, only, List.of(), sound, onCall, expiryWarning, degradedShare);
    }

    /** The same config with another sound setting. */
    public WallConfig withSound(SoundSpec other) {
        return new WallConfig(theme, dwell, pages, screens, other, onCall, expiryWarning, degradedShare);
    }
}
