package io.watchfloor.app.theme;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the wall's theme lives: the stylesheet packaged under {@code /assets/themes} and the Lato font family
 * it names (bundled with TilesFX). Stateless apart from a once-only font registration; any thread.
 */
public final class Theme {
    /** Classpath location of the dark theme. */
    public static final String DARK_RESOURCE = "/assets/themes/dark.css";
    private static final Logger LOG = LoggerFactory.getLogger(Theme.class);
    private static final String[] FONTS = {
        "/eu/hansolo/tilesfx/fonts/Lato-Reg.otf", "/eu/hansolo/tilesfx/fonts/Lato-Bol.otf",
    };
    private static final AtomicBoolean FONTS_LOADED = new AtomicBoolean();

    private Theme() {
    }

    /** The dark theme's URL, ready for {@code getStylesheets().add(..)}. */
    public static String darkStylesheet() {
        URL url = Theme.class.getResource(DARK_RESOURCE);
        if (url == null) {
            throw new IllegalStateException("theme " + DARK_RESOURCE + " is not on the classpath");
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
