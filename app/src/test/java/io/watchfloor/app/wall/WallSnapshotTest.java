package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.core.BoardState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Offscreen rendering of the board, as the headless snapshot command does it, at 1080p and 4K. */
class WallSnapshotTest {
    private final Clock clock = Clock.fixed(NOW, ZONE);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        HeadlessFx.startHeadless();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private WallView view(BoardState board) throws Exception {
        return onFx(() -> new WallView(new TestBoardFeed(board), clock));
    }

    @Test
    void writesAPngWhoseHeadlineBarIsRedWhileServicesAreDown(@TempDir Path dir) throws Exception {
        WallView view = view(BoardFixtures.realistic(NOW));
        Path out = dir.resolve("board/wall.png");

        onFx(() -> {
            WallSnapshot.writePng(view.root(), 1920, 1080, out);
            view.dispose();
            return null;
        });

        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(1920);
        assertThat(png.getHeight()).isEqualTo(1080);
        Color headerBar = argb(png.getRGB(1900, 30));
        Color down = onFx(() -> ThemePalette.resolve(Theme.darkStylesheet(), "wf-wall", List.of("-wf-down"))
                .color("-wf-down"));
        assertThat(distance(headerBar, down)).as("header colour %s vs %s", headerBar, down).isLessThan(0.05);
    }

    @Test
    void theCalmBoardHasNoRedHeadline(@TempDir Path dir) throws Exception {
        WallView view = view(BoardFixtures.calm(NOW));

        WritableImage image = onFx(() -> {
            WritableImage i = WallSnapshot.render(view.root(), 1920, 1080);
            view.dispose();
            return i;
        });

        Color headerBar = image.getPixelReader().getColor(1900, 30);
        assertThat(headerBar.getRed()).isLessThan(0.2);
        assertThat(onFx(() -> ((Label) view.root().lookup("#headline")).getText())).isEqualTo("All services up");
    }

    @Test
    void keyFiguresScaleWithTheScreenAndStayAboveOneFortiethOfItsHeightInEveryTheme() throws Exception {
        for (ThemeName theme : ThemeName.values()) {
            for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}}) {
                WallView view = onFx(() -> new WallView(new TestBoardFeed(BoardFixtures.realistic(NOW)), clock,
                        WallConfig.defaults().withTheme(theme)));
                double[] fonts = onFx(() -> {
                    WallSnapshot.render(view.root(), size[0], size[1]);
                    double count = ((Label) view.root().lookup("#severity-critical-count")).getFont().getSize();
                    double timer = ((Label) view.root().lookup("#sla-remaining-0")).getFont().getSize();
                    double headline = ((Label) view.root().lookup("#headline")).getFont().getSize();
                    view.dispose();
                    return new double[] {count, timer, headline};
                });
                double floor = size[1] / 40.0;
                for (double f : fonts) {
                    assertThat(f).as("critical count, SLA timer, headline at %dx%d in %s", size[0], size[1], theme)
                            .isGreaterThanOrEqualTo(floor);
                }
            }
        }
    }

    @Test
    void switchingTheThemeRecoloursTheBoardAndItsTilesFromTheThemesTokens() throws Exception {
        WallView view = view(BoardFixtures.calm(NOW));
        Map<ThemeName, Color[]> seen = new EnumMap<>(ThemeName.class);
        for (ThemeName theme : ThemeName.values()) {
            Color[] pixels = onFx(() -> {
                view.setTheme(theme);
                WritableImage image = WallSnapshot.render(view.root(), 1920, 1080);
                Bounds clockTile = view.root().lookup("#tile-clock").localToScene(
                        view.root().lookup("#tile-clock").getBoundsInLocal());
                return new Color[] {image.getPixelReader().getColor(3, 3),
                        image.getPixelReader().getColor((int) clockTile.getMaxX() - 12, (int) clockTile.getMaxY() - 12)};
            });
            ThemePalette palette = onFx(() -> ThemePalette.resolve(Theme.stylesheet(theme), "wf-wall",
                    List.of("-wf-bg", "-wf-surface")));
            assertThat(view.theme()).isEqualTo(theme);
            assertThat(distance(pixels[0], palette.color("-wf-bg"))).as("%s floor %s", theme, pixels[0])
                    .isLessThan(0.02);
            assertThat(distance(pixels[1], palette.color("-wf-surface"))).as("%s tile %s", theme, pixels[1])
                    .isLessThan(0.02);
            seen.put(theme, pixels);
        }
        onFx(() -> {
            view.dispose();
            return null;
        });
        assertThat(seen.get(ThemeName.LIGHT)[0].getBrightness()).isGreaterThan(0.8);
        assertThat(seen.get(ThemeName.HIGH_CONTRAST)[0]).isEqualTo(Color.BLACK);
        assertThat(distance(seen.get(ThemeName.DARK)[0], seen.get(ThemeName.LIGHT)[0])).isGreaterThan(1);
    }

    @Test
    void everyThemeGivesTheSeverityAndStatusTokensItsOwnColours() throws Exception {
        List<String> tokens = List.of("-wf-critical", "-wf-major", "-wf-minor", "-wf-warning", "-wf-up");
        Map<ThemeName, List<Color>> colours = new EnumMap<>(ThemeName.class);
        for (ThemeName theme : ThemeName.values()) {
            ThemePalette p = onFx(() -> ThemePalette.resolve(Theme.stylesheet(theme), "wf-wall", tokens));
            List<Color> c = tokens.stream().map(p::color).toList();
            assertThat(c).as("%s: five distinct colours", theme).doesNotHaveDuplicates();
            colours.put(theme, c);
        }
        assertThat(colours.values()).as("no two themes alike").doesNotHaveDuplicates();
        assertThat(colours.get(ThemeName.COLORBLIND).get(0)).as("Okabe-Ito vermillion").isEqualTo(Color.web("#D55E00"));
    }

    @Test
    void renderRefusesToRunOffTheFxThread() throws Exception {
        WallView view = view(BoardFixtures.calm(NOW));

        assertThatThrownBy(() -> WallSnapshot.render(view.root(), 100, 100))
                .isInstanceOf(IllegalStateException.class);
        onFx(() -> {
            view.dispose();
            return null;
        });
    }

    @Test
    void paletteRejectsATokenTheThemeDoesNotDefine() {
        assertThatThrownBy(() -> onFx(() -> ThemePalette.resolve(Theme.darkStylesheet(), "wf-wall",
                List.of("-wf-no-such-token"))))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .hasStackTraceContaining("-wf-no-such-token");
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
