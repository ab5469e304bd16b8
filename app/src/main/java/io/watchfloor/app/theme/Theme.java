package io.watchfloor.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the wall's themes live: under {@code /assets/themes}, one stylesheet of semantic tokens per
 * {@link ThemeName} and one of rules all themes share ({@link #RULES_RESOURCE}), and the Lato font family they
 * name (bundled with TilesFX). Stateless apart from a once-only font registration; any thread.
 */
public final class Theme {
    /** Classpath location of the dark theme's tokens. */
    public static final String DARK_RESOURCE = "/assets/themes/dark.css";
    /** Classpath location of the rules every theme shares; they use only the tokens. */
    public static final String RULES_RESOURCE = "/assets/themes/base.css";
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final String[] FONTS = {
        "/eu/hansolo/tilesfx/fonts/Lato-Reg.otf", "/eu/hansolo/tilesfx/fonts/Lato-Bol.otf",
    };
    private static final AtomicBoolean FONTS_LOADED = new AtomicBoolean();

    private Theme() {
    }

    /** The dark theme's tokens' URL, ready for {@code getStylesheets().add(..)}. */
    public static String darkStylesheet() {
        return stylesheet(ThemeName.DARK);
    }

    /** The URL of a theme's token stylesheet (what {@link ThemePalette} resolves colours from). */
    public static String stylesheet(ThemeName theme) {
        return url(theme.resource());
    }

    /** Everything a node tree needs to wear a theme: the shared rules and the theme's tokens, in that order. */
    public static List<String> stylesheets(ThemeName theme) {
        return List.of(url(RULES_RESOURCE), stylesheet(theme));
    }

    private static String url(String resource) {
        URL url = Theme.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("theme " + resource + " is not on the classpath");
        }
        return url.toExternalForm();
    }

    /**
     * Registers the Lato faces the theme asks for, once. A missing face is logged and the theme falls back to
     * the next family it lists; the board still renders.
     */
    public static void loadFonts() {
        if (!FONTS_LOADED.compareAndSet(false, true)) {
            return;
        }
        for (String resource : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(resource)) {
                Font font = in == null ? null : Font.loadFont(in, 12);
                if (font == null) {
                    LOG.warn("font {} not found; the theme falls back to the system font", resource);
                }
            } catch (IOException e) {
                LOG.warn("font {} could not be read: {}", resource, e.toString());
            }
        }
    }
}
