package io.watchfloor.app.wall;

import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.core.BoardState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Renders the fixture boards to PNGs, headless, for looking at the design:
 * {@code WallScreenshotMain <out-dir> [WIDTHxHEIGHT | calm-WIDTHxHEIGHT ...]} (default 1920x1080). Writes
 * {@code wall-dark-<W>x<H>.png} from the realistic night-shift board, {@code wall-dark-calm-<W>x<H>.png} from
 * the all-up board. Not a test: run it by hand from the test classpath.
 */
public final class WallScreenshotMain {
    private WallScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String[] sizes = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[] {"1920x1080"};
        HeadlessFx.startHeadless();
        for (String size : sizes) {
            boolean calm = size.startsWith("calm-");
            String[] wh = size.replace("calm-", "").split("x");
            int w = Integer.parseInt(wh[0]);
            int h = Integer.parseInt(wh[1]);
            Path out = dir.resolve("wall-dark-" + (calm ? "calm-" : "") + w + "x" + h + ".png");
            BoardState board = calm ? BoardFixtures.calm(BoardFixtures.NOW) : BoardFixtures.realistic(BoardFixtures.NOW);
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Clock clock = Clock.fixed(BoardFixtures.NOW, BoardFixtures.ZONE);
                    WallView view = new WallView(new TestBoardFeed(board), clock);
                    WallSnapshot.writePng(view.root(), w, h, out);
                    view.dispose();
                    done.complete(null);
                } catch (Exception | Error e) {
                    done.completeExceptionally(e);
                }
            });
            done.get();
            System.out.println(out.toAbsolutePath());
        }
        Platform.exit();
    }
}
