package io.watchfloor.bench.probe;

import io.watchfloor.app.fx.FxLauncher;
import io.watchfloor.app.fx.HeadlessFx;
import io.watchfloor.app.wall.WallSnapshot;
import io.watchfloor.app.wall.config.WallConfig;
import io.watchfloor.app.wall.screen.WallOptions;
import io.watchfloor.app.wall.screen.WallWindows;
import io.watchfloor.bench.load.AlertChurn;
import io.watchfloor.bench.load.Capture;
import io.watchfloor.bench.load.ChurnFeed;
import io.watchfloor.bench.load.LoadProfile;
import io.watchfloor.core.BoardReducer;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Figure c in a JVM of its own (headless JavaFX): the real wall ({@link WallWindows}, the classic board in a
 * 1920x1080 window) fed by a {@link ChurnFeed}, measured per pulse by a {@link PulseMeter}.
 * {@code --mode loaded}: the stress board (10,000 alerts, 500 incidents, ten minutes of churn behind it)
 * with 100 alert changes per second, published {@code --publishes} times a second (default 10). {@code --mode
 * idle}: the same estate with nothing on it, re-published once a second as the engine's pulse does.
 * {@code --png FILE}: after measuring, also renders the wall as it is then to a 1920x1080 PNG (to look at).
 * {@code --jfr FILE}: records the measured seconds (not the wall's start) with JFR's profile settings.
 * Prints one result line, then exits.
 */
public final class FxPulseProbe {
    static final double SLOW_FRAME_MS = 50;
    /** The headless screen, as wide and high as the wall's window (and 32 bits deep). */
    static final String SCREEN = "1920x1080-32";

    private FxPulseProbe() {
    }

    /** A JFR recording with the JDK's profile settings, not started. */
    private static Recording profile() {
        try {
            return new Recording(Configuration.getConfiguration("profile"));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read the JFR profile settings", e);
        }
    }

    public static void main(String[] args) throws Exception {
        ProbeArgs a = new ProbeArgs(args);
        boolean loaded = a.text("mode").equals("loaded");
        int warmup = a.integer("warmup", 5);
        int measure = a.integer("measure", 30);
        int publishes = a.integer("publishes", 10);
        Clock clock = Clock.systemDefaultZone();
        Capture capture = Capture.of(loaded ? LoadProfile.stressSimulator(Clock.systemUTC())
                : LoadProfile.idleSimulator(Clock.systemUTC()));
        BoardReducer reducer = capture.reducer(Duration.ofMinutes(10));
        ChurnFeed feed;
        if (loaded) {
            AlertChurn churn = new AlertChurn(capture.alertSource(), capture.alerts(), 42);
            Instant now = clock.instant();
            for (long s = 600; s > 0; s--) {
                reducer.apply(churn.next(now.minusSeconds(s), LoadProfile.STRESS_CHURN));
            }
            feed = new ChurnFeed(reducer, Optional.of(churn), LoadProfile.STRESS_CHURN, clock)
                    .start(Duration.ofMillis(1000 / publishes));
        } else {
            feed = new ChurnFeed(reducer, Optional.empty(), 0, clock).start(Duration.ofSeconds(1));
        }
        // Monocle's headless screen is 1280x800 unless told otherwise, and a window never outgrows its screen
        System.setProperty("headless.geometry", SCREEN);
        HeadlessFx.startHeadless();
        PulseMeter meter = new PulseMeter(SLOW_FRAME_MS);
        WallWindows wall = FxLauncher.callOnFx(() -> {
            WallWindows windows = WallWindows.open(feed, clock, WallConfig.defaults(), WallOptions.window(),
                    "Watchfloor (benchmark)", () -> { });
            meter.start();
            return windows;
        }).get();
        Thread.sleep(warmup * 1000L);
        Optional<Recording> recording = Optional.ofNullable(a.text("jfr", null)).map(f -> profile());
        recording.ifPresent(Recording::start);
        FxLauncher.callOnFx(() -> {
            meter.measuring(true);
            return null;
        }).get();
        Instant measuringFrom = Instant.now();
        long before = feed.publishes();
        Thread.sleep(measure * 1000L);
        Map<String, Object> result = new LinkedHashMap<>(FxLauncher.callOnFx(() -> {
            meter.measuring(false);
            Map<String, Object> m = new LinkedHashMap<>(meter.summary());
            var scene = wall.views().get(0).root().getScene();
            m.put("sceneSize", (int) scene.getWidth() + "x" + (int) scene.getHeight());
            return m;
        }).get());
        if (recording.isPresent()) {
            recording.get().stop();
            recording.get().dump(Path.of(a.text("jfr")));
        }
        Optional<String> png = Optional.ofNullable(a.text("png", null));
        if (png.isPresent()) {
            FxLauncher.callOnFx(() -> {
                WallSnapshot.writePng(wall.views().get(0).root(), 1920, 1080, Path.of(png.get()));
                return null;
            }).get();
        }
        result.put("mode", loaded ? "loaded" : "idle");
        result.put("measuringFrom", measuringFrom.toString());
        result.put("seconds", measure);
        result.put("publishes", feed.publishes() - before);
        result.put("alertsOnBoard", feed.current().alerts().size());
        result.put("incidentsOnBoard", feed.current().incidents().size());
        result.put("servicesOnBoard", feed.current().services().size());
        ProbeOutput.result(result);
        feed.close();
        System.exit(0);
    }
}
