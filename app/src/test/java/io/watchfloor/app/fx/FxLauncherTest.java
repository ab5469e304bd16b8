package io.watchfloor.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the wall's cold start waits on: the toolkit started in the background, and pulses after the first frame. */
@ExtendWith(ApplicationExtension.class)
class FxLauncherTest {
    @Start
    void start(Stage stage) {
        // the extension starts the toolkit
    }

    @Test
    void startToolkitCompletesWhenTheToolkitAlreadyRuns() throws Exception {
        FxLauncher.startToolkit().get(10, TimeUnit.SECONDS);
    }

    @Test
    void afterPulsesCompletesOnlyOnceThatManyPulsesRan() throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        // Started first, so in every pulse it counts before the launcher's timer looks.
        Platform.runLater(counter::start);

        FxLauncher.afterPulses(3).get(10, TimeUnit.SECONDS);

        assertThat(pulses.get()).isGreaterThanOrEqualTo(3);
        Platform.runLater(counter::stop);
    }
}
