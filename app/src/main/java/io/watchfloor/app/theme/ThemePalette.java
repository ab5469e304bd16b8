package io.watchfloor.app.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * FX Application Thread only (it runs CSS). The colours of a theme's semantic tokens ({@code -wf-critical},
 * {@code -wf-surface}, ...) as {@link Color}s, for the few places that take a colour rather than a style class
 * (TilesFX tile properties). The tokens stay defined once, in the stylesheet: this class reads them back by
 * applying the stylesheet to a probe node.
 */
public final class ThemePalette {
    private final Map<String, Color> colors;

    private ThemePalette(Map<String, Color> colors) {
        this.colors = Map.copyOf(colors);
    }

    /**
     * Resolves {@code tokens} against {@code stylesheet}. The tokens must be defined for {@code styleClass}
     * (the theme's root class, e.g. {@code wf-wall}).
     *
     * @throws IllegalArgumentException when the stylesheet does not define one of the tokens
     */
    public static ThemePalette resolve(String stylesheet, String styleClass, List<String> tokens) {
        Objects.requireNonNull(stylesheet, "stylesheet");
        StackPane root = new StackPane();
        root.getStyleClass().add(styleClass);
        Map<String, Region> probes = new HashMap<>();
        for (String token : tokens) {
            Region probe = new Region();
            probe.setStyle("-fx-background-color: " + token + ";");
            probes.put(token, probe);
            root.getChildren().add(probe);
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet);
        root.applyCss();
        Map<String, Color> resolved = new HashMap<>();
        probes.forEach((token, probe) -> resolved.put(token, colorOf(probe, token)));
        return new ThemePalette(resolved);
    }

    private static Color colorOf(Region probe, String token) {
        if (probe.getBackground() == null || probe.getBackground().getFills().isEmpty()) {
            throw new IllegalArgumentException("the theme does not define " + token);
        }
        BackgroundFill fill = probe.getBackground().getFills().get(0);
        Paint paint = fill.getFill();
        if (!(paint instanceof Color)) {
            throw new IllegalArgumentException("theme token " + token + " is not a plain colour: " + paint);
        }
        return (Color) paint;
    }

    /** The colour of a token resolved by {@link #resolve}. */
    public Color color(String token) {
        Color c = colors.get(token);
        if (c == null) {
            throw new IllegalArgumentException("token " + token + " was not resolved; known: " + colors.keySet());
        }
        return c;
    }
}
