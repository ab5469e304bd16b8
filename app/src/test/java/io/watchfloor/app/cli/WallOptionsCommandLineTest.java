package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.theme.Theme;
import io.watchfloor.app.theme.ThemeName;
import io.watchfloor.app.theme.ThemePalette;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/** {@code snapshot --theme/--page} and the {@code wall:} config on the command line: what is rendered, what is refused. */
@ExtendWith(ApplicationExtension.class)
class WallOptionsCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Simulator sim;

    @Start
    void start(javafx.stage.Stage stage) {
        // the extension starts the toolkit before the snapshot command looks for it
    }

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private int run(String... args) {
        CommandLine cl = WatchfloorCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path config(Path dir, String wall) throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        String url = sim.baseUrl().toString();
        Path file = dir.resolve("watchfloor.yaml");
        Files.writeString(file, "sources:\n  - { id: am, type: alertmanager, url: \"" + url + "\" }\n"
                + "  - { id: snow, type: servicenow, url: \"" + url + "\" }\n" + wall);
        return file;
    }

    @Test
    void snapshotRendersTheNamedPageInTheNamedTheme(@TempDir Path dir, FxRobot robot) throws Exception {
        Path file = config(dir, """
                wall:
                  pages:
                    - { name: overview, tiles: [services, alerts] }
                    - { name: people, layout: 2x1, tiles: [acks, oncall] }
                  onCall: [{ role: NOC shift, name: Ada Okafor }]
                """);
        Path png = dir.resolve("people.png");

        int code = run("snapshot", "--config", file.toString(), "--page", "people", "--theme", "light",
                "--width", "1280", "--height", "720", "--out", png.toString());

        assertThat(code).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        Color floor = argb(image.getRGB(2, 2));
        Color light = lightFloor(robot);
        double distance = Math.abs(floor.getRed() - light.getRed()) + Math.abs(floor.getGreen() - light.getGreen())
                + Math.abs(floor.getBlue() - light.getBlue());
        assertThat(distance).as("floor %s vs the light theme's %s", floor, light).isLessThan(0.03);
    }

    @Test
    void anUnknownPageThemeOrAMistakeInTheWallSectionExitsTwoWithTheReason(@TempDir Path dir) throws Exception {
        Path file = config(dir, "wall:\n  pages: [{ name: overview, tiles: [services] }]\n");
        Path png = dir.resolve("x.png");

        assertThat(run("snapshot", "--config", file.toString(), "--page", "nope", "--out", png.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("watchfloor: no page 'nope' (pages: overview)");

        assertThat(run("snapshot", "--config", file.toString(), "--theme", "neon", "--out", png.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown theme 'neon' (known: dark, light, high-contrast, colorblind)");

        Files.writeString(file, Files.readString(file).replace("tiles: [services]", "tiles: [services], dwell: 0s"));
        assertThat(run("snapshot", "--config", file.toString(), "--out", png.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ": wall.pages[0].dwell: must be longer than 0s");
        assertThat(png).doesNotExist();
    }

    private static Color lightFloor(FxRobot robot) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ThemePalette.resolve(Theme.stylesheet(ThemeName.LIGHT),
                "wf-wall", List.of("-wf-bg")).color("-wf-bg")).get();
    }

    private static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
