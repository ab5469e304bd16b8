package io.watchfloor.app.cli;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.engine.config.ConfigException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code watchfloor wall}: the wall board in a window, full screen or as a kiosk (the default command). */
@Command(name = "wall", mixinStandardHelpOptions = true, description = "Show the wall board (default).")
final class WallCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Mixin
    WindowOptions window;

    @Spec
    CommandSpec spec;

    /** Window placement and wall options shared by the default command and {@code wall}. */
    static final class WindowOptions {
        @Option(names = "--fullscreen", description = "Full screen instead of a window.")
        boolean fullscreen;

        @Option(names = "--kiosk", description = "Kiosk: full screen on every screen, no window chrome, no cursor;"
                + " leave only by holding Ctrl+Shift+Q for 2 seconds.")
        boolean kiosk;

        @Option(names = "--width", defaultValue = "1920", description = "Window width. Default ${DEFAULT-VALUE}.")
        int width;

        @Option(names = "--height", defaultValue = "1080", description = "Window height. Default ${DEFAULT-VALUE}.")
        int height;

        @Option(names = "--theme", paramLabel = "NAME",
                description = "dark, light, high-contrast or colorblind (default: wall.theme in the config, else dark).")
        String theme;

        @Option(names = "--page", paramLabel = "NAME",
                description = "Show only this page of wall.pages (repeatable: rotate through these).")
        List<String> pages = new ArrayList<>();

        @Option(names = "--screen", paramLabel = "N",
                description = "Show the wall on screen N, counted from 1 (see --list-screens).")
        Integer screen;

        @Option(names = "--mute", description = "Start with the alarm sound muted (M toggles it).")
        boolean mute;

        @Option(names = "--list-screens", description = "List the screens with their numbers and exit.")
        boolean listScreens;

        WallOptions toOptions() {
            return new WallOptions(kiosk, fullscreen, width, height,
                    screen == null ? OptionalInt.empty() : OptionalInt.of(screen), pages,
                    Optional.ofNullable(theme).map(ThemeName::fromConfigName), mute);
        }
    }

    @Override
    public Integer call() throws Exception {
        return show(sources, window, spec.commandLine().getOut());
    }

    static int show(SourceOptions sources, WindowOptions window) throws Exception {
        return show(sources, window, new PrintWriter(System.out, true));
    }

    static int show(SourceOptions sources, WindowOptions window, PrintWriter out) throws Exception {
        FxLauncher.requireDisplay();
        if (window.listScreens) {
            FxLauncher.startWindowed(() -> { });
            FxLauncher.callOnFx(WallWindows::describeScreens).get().forEach(out::println);
            out.flush();
            return WatchfloorCommand.OK;
        }
        WallOptions options = window.toOptions();
        // The toolkit starts on a thread of its own while this one reads the config and builds the engine.
        CompletableFuture<Void> toolkit = FxLauncher.startToolkit();
        try (BoardSession session = BoardSession.open(sources)) {
            WallConfig wall = wallConfig(session, sources);
            wall.pages(options.pages()); // an unknown --page fails before any window opens
            CountDownLatch closed = new CountDownLatch(1);
            String title = "Watchfloor" + session.simulator().map(s -> " (demo)").orElse("");
            // The windows are built on the FX thread while this one waits for the cached board...
            CompletableFuture<WallWindows> prepared = toolkit.thenCompose(started -> FxLauncher.callOnFx(() ->
                    WallWindows.prepare(session.engine().feed(), session.clock(), wall, options, title,
                            closed::countDown)));
            session.restore();
            // ...and shown once the engine has published it, so that their first frame has it.
            WallWindows windows = shown(prepared);
            try {
                FxLauncher.afterPulses(2).get(); // the first frame is on its way: now what it does not need
                session.startReading();
                session.sendQueuedActions();
                session.autoEscalate();
                closed.await();
            } finally {
                FxLauncher.callOnFx(() -> {
                    windows.close();
                    return null;
                }).get();
            }
        }
        return WatchfloorCommand.OK;
    }

    /** Waits for the windows to be built, then shows them; a failure to build them is rethrown as it was thrown. */
    private static WallWindows shown(CompletableFuture<WallWindows> prepared) throws Exception {
        WallWindows windows;
        try {
            windows = prepared.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        FxLauncher.callOnFx(() -> {
            windows.show();
            return null;
        }).get();
        return windows;
    }

    /** The config's {@code wall:} section, validated; errors name the config file. */
    static WallConfig wallConfig(BoardSession session, SourceOptions sources) throws ConfigException {
        String origin = sources.config != null ? sources.config.toString()
                : SourceOptions.userConfig().map(Path::toString).orElse("watchfloor.yaml");
        return WallConfig.parse(session.config().wall(), origin);
    }
}
