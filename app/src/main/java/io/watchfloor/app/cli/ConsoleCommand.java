package io.watchfloor.app.cli;

import io.watchfloor.app.console.ConsoleView;
import io.watchfloor.app.fx.FxLauncher;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Scene;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code watchfloor console}: the shift lead's incident console in a window. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "The incident console: list, detail, keyboard actions written through to the owning systems.")
final class ConsoleCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--width", defaultValue = "1600", description = "Window width. Default ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height. Default ${DEFAULT-VALUE}.")
    int height;

    @Override
    public Integer call() throws Exception {
        FxLauncher.requireDisplay();
        try (BoardSession session = BoardSession.open(sources)) {
            var actions = session.actions(); // opens the audit trail before the window: refuse early if it cannot
            session.start();
            session.autoEscalate();
            CountDownLatch closed = new CountDownLatch(1);
            FxLauncher.startWindowed(() -> {
                ConsoleView view = new ConsoleView(session.engine().feed(), actions, session.clock());
                Stage stage = new Stage();
                stage.setTitle("Watchfloor console · " + session.operator().name() + " (" + session.operator().role().word()
                        + ")" + session.simulator().map(s -> " · demo").orElse(""));
                stage.setScene(new Scene(view.root(), width, height));
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
