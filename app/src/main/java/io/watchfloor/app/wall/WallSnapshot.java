package io.watchfloor.app.wall;

import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemeName;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javax.imageio.ImageIO;

/**
 * FX Application Thread only. Renders a node tree (the wall board) to an image or a PNG file, with the theme
 * applied, at a given size: what the headless {@code snapshot} command and the screenshot tests use. A root that
 * is not in a window yet is shown in an undecorated stage for the snapshot (TilesFX lays out only showing tiles);
 * under the headless platform that stage never reaches a screen.
 * {@link #writePng} also writes the file, on the FX thread: it is meant for the headless command, where no live
 * window waits on that thread.
 */
public final class WallSnapshot {
    /** Layout passes: the board's font size follows its height, which is only known after a first pass. */
    private static final int PASSES = 3;

    private WallSnapshot() {
    }

    /**
     * Lays {@code root} out at {@code width} x {@code height} in an offscreen scene (its own, unless it already is
     * the root of one) with the theme it carries (the dark theme if it carries none), and takes a snapshot.
     *
     * @throws IllegalStateException    when not called on the FX Application Thread
     * @throws IllegalArgumentException when {@code root} is part of another scene graph
     */
    public static WritableImage render(Parent root, int width, int height) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("render must run on the FX Application Thread");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
        Scene scene = sceneFor(root, width, height);
        Optional<Stage> shownHere = showIfHidden(scene, width, height);
        try {
            root.resize(width, height);
            for (int i = 0; i < PASSES; i++) {
                root.applyCss();
                root.layout();
            }
            return scene.snapshot(new WritableImage(width, height));
        } finally {
            shownHere.ifPresent(Stage::hide);
        }
    }

    private static Scene sceneFor(Parent root, int width, int height) {
        Scene scene = root.getScene();
        if (scene == null) {
            if (root.getParent() != null) {
                throw new IllegalArgumentException("root is a child of another node; pass the top of the tree");
            }
            scene = new Scene(root, width, height, Color.BLACK);
        } else if (scene.getRoot() != root) {
            throw new IllegalArgumentException("root is part of another scene; pass that scene's root");
        }
        if (root.getStylesheets().isEmpty() && scene.getStylesheets().isEmpty()) {
            scene.getStylesheets().addAll(Theme.stylesheets(ThemeName.DARK)); // a root that wears no theme
        }
        return scene;
    }

    /**
     * TilesFX skins finish their layout only while their tile is showing, so a scene not in a showing window goes
     * into one for the snapshot: an undecorated stage, which the headless platform never puts on a screen (it is
     * hidden again before the next pulse could render it). Returns the stage to hide afterwards.
     */
    private static Optional<Stage> showIfHidden(Scene scene, int width, int height) {
        Stage stage = null;
        if (scene.getWindow() == null) {
            stage = new Stage(StageStyle.UNDECORATED);
            stage.setScene(scene);
        } else if (!scene.getWindow().isShowing() && scene.getWindow() instanceof Stage) {
            stage = (Stage) scene.getWindow();
        }
        if (stage != null) {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
        }
        return Optional.ofNullable(stage);
    }

    /** {@link #render}s {@code root} and writes it to {@code out} as a PNG, creating parent directories. */
    public static void writePng(Parent root, int width, int height, Path out) throws IOException {
        WritableImage image = render(root, width, height);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        if (!ImageIO.write(buffered, "png", target.toFile())) {
            throw new IOException("no PNG writer available to write " + target);
        }
    }
}
