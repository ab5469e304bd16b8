package io.watchfloor.app.cli;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.wall.WallSnapshot;
import io.watchfloor.app.wall.WallView;
import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.connectors.DurationText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchfloor snapshot}: renders the wall board to a PNG without any display: one page (the first, or
 * {@code --page NAME}) in the config's theme or {@code --theme NAME}.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the wall board to a PNG, headless, after the sources have been read.")
final class SnapshotCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "Width in pixels. Default ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "Height in pixels. Default ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "dark, light, high-contrast or colorblind (default: wall.theme in the config, else dark).")
    String theme;

    @Option(names = "--page", paramLabel = "NAME",
            description = "Render this page of wall.pages (default: the first page).")
    String page;

    @Option(names = "--wait", defaultValue = "15s", paramLabel = "DURATION",
            description = "How long to wait for every source to answer once. Default ${DEFAULT-VALUE}.")
    String waitText;

    @Override
    public Integer call() throws Exception {
        if (width < 320 || height < 240 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("--width/--height must be within 320x240 .. 7680x4320");
        }
        Duration wait = DurationText.parse(waitText);
        Optional<ThemeName> themeName = Optional.ofNullable(theme).map(ThemeName::fromConfigName);
        HeadlessFx.startHeadless();
        // The toolkit is left running: the process ends with System.exit, and tests share the toolkit.
        try (BoardSession session = BoardSession.open(sources)) {
            WallConfig wall = WallCommand.wallConfig(session, sources);
            PageSpec shown = page == null ? wall.pages().get(0) : wall.pages(List.of(page)).get(0);
            WallConfig one = wall.withTheme(themeName.orElse(wall.theme())).withPages(List.of(shown));
            session.start();
            session.engine().awaitFirstRead(wait);
            Path target = out.toAbsolutePath();
            FxLauncher.callOnFx(() -> {
                WallView view = new WallView(session.engine().feed(), session.clock(), one);
                return view;
            }).thenCompose(view -> FxLauncher.callOnFx(() -> {
                // A second turn of the FX queue: the view's first snapshot has been delivered by now.
                try {
                    WallSnapshot.writePng(view.root(), width, height, target);
                } finally {
                    view.dispose();
                }
                return target;
            })).get();
            spec.commandLine().getOut().println(target);
            spec.commandLine().getOut().flush();
            session.engine().feed().current().sources().stream()
                    .filter(h -> h.lastError().isPresent() && h.consecutiveFailures() > 0)
                    .forEach(h -> spec.commandLine().getErr().println(
                            "watchfloor: source " + h.id() + " not read: " + h.lastError().get()));
            return WatchfloorCommand.OK;
        }
    }
}
