package io.watchfloor.bench.probe;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.engine.Engine;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 *   <li>{@code wall}: what {@code watchfloor wall --config FILE --data-dir DIR} does ({@link WallStart}, then the
 *       wall windows) with an empty data directory; reports the first frame and the first frame that shows every
 *       source's first read;</li>
 *   <li>{@code wall-cache}: the same with the data directory of a previous run (its cache holds the configured
 *       sources' last reads); reports the first frame and the first frame rendered after the wall received the
 *       board restored from the cache, and how many firing alerts that board had.</li>
 * </ul>
 */
public final class ColdStartProbe {
    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        ProbeArgs a = new ProbeArgs(args);
        String variant = a.text("variant");
        Map<String, Object> result = Collections.synchronizedMap(new LinkedHashMap<>());
        result.put("variant", variant);
        result.put("jvmStartEpochMs", ManagementFactory.getRuntimeMXBean().getStartTime());
        result.put("mainEpochMs", System.currentTimeMillis());
        FirstFrames frames = new FirstFrames();
        AtomicLong dataPublished = new AtomicLong();
        if (variant.equals("hello")) {
            hello(frames);
        } else if (variant.equals("wall") || variant.equals("wall-cache")) {
            // As the wall command: the toolkit starts on a thread of its own while the session opens, the windows
            // are built while the cache is restored, and shown once the engine has published the restored board.
            CompletableFuture<Void> toolkit = FxLauncher.startToolkit();
            WallStart start = WallStart.open(Path.of(a.text("config")), Path.of(a.text("data-dir")));
            CompletableFuture<WallWindows> prepared = toolkit.thenCompose(started -> FxLauncher.callOnFx(() ->
                    WallWindows.prepare(start.engine.feed(), start.clock, start.wall, WallOptions.window(),
                            "Watchfloor", () -> { })));
            start.restore();
            result.put("restoredFiring", start.restoredFiring);
            WallWindows windows = prepared.get();
            if (variant.equals("wall")) {
                wall(start, windows, frames, dataPublished);
            } else {
                cachedWall(start, windows, frames, result);
            }
            FxLauncher.afterPulses(2).get();
            start.startReading();
        } else {
            throw new IllegalArgumentException("unknown variant " + variant + " (hello, wall, wall-cache)");
        }
        result.put("firstFrameEpochMs", frames.awaitFirst());
        if (!variant.equals("hello")) {
            result.put("dataFrameEpochMs", frames.awaitData());
        }
        if (variant.equals("wall")) {
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

    private static void wall(WallStart start, WallWindows windows, FirstFrames frames, AtomicLong dataPublished)
            throws Exception {
        Engine engine = start.engine;
        AtomicBoolean seen = new AtomicBoolean();
        FxLauncher.callOnFx(() -> {
            windows.show();
            watchFirstFrames(windows, frames);
            // Subscribed after the wall: on a publish the wall's bridge queues its delivery before this marker.
            engine.feed().subscribe(board -> {
                if (everySourceRead(board) && seen.compareAndSet(false, true)) {
                    dataPublished.set(System.currentTimeMillis());
                    Platform.runLater(frames::markData);
                }
            });
            return null;
        }).get();
    }

    /**
     * The wall on a restored board: its bridge queued the delivery of the restored board on the FX thread when the
     * engine published it (or when the bridge subscribed, if that was later), before the windows are shown here;
     * the marker queued after showing them runs once the wall has that board.
     */
    private static void cachedWall(WallStart start, WallWindows windows, FirstFrames frames, Map<String, Object> result)
            throws Exception {
        Engine engine = start.engine;
        FxLauncher.callOnFx(() -> {
            windows.show();
            watchFirstFrames(windows, frames);
            Platform.runLater(() -> {
                BoardState shown = engine.feed().current();
                result.put("deliveredFiring", shown.alerts().stream().filter(x -> x.firing()).count());
                result.put("sourcesReadLive", shown.sources().stream()
                        .filter(h -> h.lastSuccess().filter(t -> t.toEpochMilli() > startedAt()).isPresent()).count());
                frames.markData();
            });
            return null;
        }).get();
    }

    /**
     * Watches the first window's frames. Called right after showing the windows, in the same FX-thread task: a
     * window's board joins its scene when it is shown, and its first frame is rendered by a later pulse.
     */
    private static void watchFirstFrames(WallWindows windows, FirstFrames frames) {
        frames.watch(windows.views().get(0).root().getScene());
    }

    private static long startedAt() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static boolean everySourceRead(BoardState board) {
        return !board.sources().isEmpty() && board.sources().stream().map(SourceHealth::lastSuccess).allMatch(Optional::isPresent);
    }
}
