package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.core.BoardState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
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
    void keyFiguresScaleWithTheScreenAndStayAboveOneFortiethOfItsHeight() throws Exception {
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}}) {
            WallView view = view(BoardFixtures.realistic(NOW));
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
                assertThat(f).as("critical count, SLA timer, headline at %dx%d", size[0], size[1])
                        .isGreaterThanOrEqualTo(floor);
            }
        }
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
