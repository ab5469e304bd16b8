package io.watchfloor.app.console;

import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.app.wall.WallSnapshot;
import io.watchfloor.core.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * Renders the console with the night-shift board to PNGs, headless, for docs/:
 * {@code ConsoleScreenshotMain <out-dir> [WIDTHxHEIGHT]} writes {@code console-<W>x<H>.png} (INC0012071 selected:
 * detail with SLA clock, linked alerts and timeline), {@code console-escalate-<W>x<H>.png} (the escalate form
 * open on it) and {@code console-keys-<W>x<H>.png} (the key help). Not a test: run it by hand from the test
 * classpath.
 */
public final class ConsoleScreenshotMain {
    private ConsoleScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        String size = args.length > 1 ? args[1] : "1920x1080";
        String[] wh = size.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        HeadlessFx.startHeadless();
        Clock clock = Clock.fixed(BoardFixtures.NOW, BoardFixtures.ZONE);
        FakeActionGateway gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ConsoleView view = new ConsoleView(new TestBoardFeed(ConsoleFixtures.nightShift()), gateway, clock);
                WallSnapshot.render(view.root(), w, h); // lay out once so the table has its rows
                view.viewModel().row("snow/sys-INC0012071").ifPresent(view.table()::selectOnly);
                view.viewModel().status().add(BoardFixtures.NOW.minusSeconds(38), StatusLog.Level.ERROR,
                        "Escalate INC0012077 \u2014 rejected: 403 Data policy: assignment group requires a work note");
                WallSnapshot.writePng(view.root(), w, h, dir.resolve("console-" + size + ".png"));
                view.run(ConsoleCommand.ESCALATE);
                WallSnapshot.writePng(view.root(), w, h, dir.resolve("console-escalate-" + size + ".png"));
                view.sheets().close();
                view.run(ConsoleCommand.HELP);
                WallSnapshot.writePng(view.root(), w, h, dir.resolve("console-keys-" + size + ".png"));
                view.dispose();
                done.complete(null);
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        gateway.close();
        System.out.println(dir.toAbsolutePath());
        Platform.exit();
    }
}
