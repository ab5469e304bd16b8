package io.watchfloor.app.cli;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.wall.WallView;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code watchfloor wall}: the wall board in a window (the default command). */
@Command(name = "wall", mixinStandardHelpOptions = true, description = "Show the wall board (default).")
final class WallCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Mixin
    WindowOptions window;

    /** Window placement options shared by the default command and {@code wall}. */
    static final class WindowOptions {
        @Option(names = "--fullscreen", description = "Full screen instead of a window.")
        boolean fullscreen;

        @Option(names = "--width", defaultValue = "1920", description = "Window width. Default ${DEFAULT-VALUE}.")
        int width;

        @Option(names = "--height", defaultValue = "1080", description = "Window height. Default ${DEFAULT-VALUE}.")
        int height;
    }

    @Override
    public Integer call() throws Exception {
        return show(sources, window);
    }

    static int show(SourceOptions sources, WindowOptions window) throws Exception {
        FxLauncher.requireDisplay();
        try (BoardSession session = BoardSession.open(sources)) {
            session.engine().start();
            CountDownLatch closed = new CountDownLatch(1);
            FxLauncher.startWindowed(() -> {
                WallView view = new WallView(session.engine().feed(), session.clock());
                Stage stage = new Stage();
                stage.setTitle("Watchfloor" + session.simulator().map(s -> " (demo)").orElse(""));
                stage.setScene(new Scene(view.root(), window.width, window.height));
                stage.setFullScreen(window.fullscreen);
                stage.setOnHidden(e -> {
                    view.dispose();
                    closed.countDown();
                });
                stage.show();
            });
            closed.await();
        }
        return WatchfloorCommand.OK;
    }
}
