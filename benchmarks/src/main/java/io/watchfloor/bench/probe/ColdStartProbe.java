package io.watchfloor.bench.probe;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.config.ConfigLoader;
import io.watchfloor.engine.config.WatchfloorConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Figure d in a fresh JVM per run: start-up to the first rendered frame, printed as epoch milliseconds (the
 * suite subtracts the instant it launched the process). Variants ({@code --variant}):
 * <ul>
 *   <li>{@code hello}: the baseline, a hello-world JavaFX stage (a label in a 1920x1080 window);</li>
 *   <li>{@code wall}: what {@code watchfloor wall --config FILE} does: load the YAML config, build and start the
 *       engine, start the toolkit and open the wall windows; reports the first frame and the first frame that
 *       shows every source's first read.</li>
 * </ul>
 * A {@code wall-cache} variant (start from a populated H2 cache, issue 4) is the one to add here once the
 * cache exists: the same as {@code wall} with the data directory of a previous run.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeArgs a = new ProbeArgs(args);
        String variant = a.text("variant");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("variant", variant);
        result.put("jvmStartEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
        result.put("mainEpochMs", System.currentTimeMillis());
        FirstFrames frames = new FirstFrames();
        AtomicLong dataPublished = new AtomicLong();
        if (variant.equals("hello")) {
            hello(frames);
        } else if (variant.equals("wall")) {
            wall(Path.of(a.text("config")), frames, dataPublished);
        } else {
            throw new IllegalArgumentException("unknown variant " + variant + " (hello, wall)");
        }
        result.put("firstFrameEpochMs", frames.awaitFirst());
        if (variant.equals("wall")) {
            result.put("dataFrameEpochMs", frames.awaitData());
            result.put("dataPublishedEpochMs", dataPublished.get());
        }
        ProbeOutput.result(result);
        System.exit(0);
    }

    private static void hello(FirstFrames frames) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1920, 1080);
            frames.watch(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    private static void wall(Path configFile, FirstFrames frames, AtomicLong dataPublished) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        WatchfloorConfig config = ConfigLoader.load(configFile);
        WallConfig wall = WallConfig.parse(config.wall(), configFile.toString());
        Engine engine = Engines.fromConfig(config, Connectors.sharedClient(), clock, name -> Optional.ofNullable(System.getenv(name)));
        engine.start();
        AtomicBoolean seen = new AtomicBoolean();
        FxLauncher.startWindowed(() -> {
            WallWindows windows = WallWindows.open(engine.feed(), clock, wall, WallOptions.window(), "Watchfloor",
                    () -> { });
            frames.watch(windows.views().get(0).root().getScene());
            // Subscribed after the wall: on a publish the wall's bridge queues its delivery before this marker.
            engine.feed().subscribe(board -> {
                if (everySourceRead(board) && seen.compareAndSet(false, true)) {
                    dataPublished.set(System.currentTimeMillis());
                    Platform.runLater(frames::markData);
                }
            });
        });
    }

    private static boolean everySourceRead(BoardState board) {
        return !board.sources().isEmpty() && board.sources().stream().map(SourceHealth::lastSuccess).allMatch(Optional::isPresent);
    }
}
