package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import picocli.CommandLine;

/**
 * The command-line contract later issues and scripts rely on: output, JSON shape and exit codes.
 * TestFX owns the toolkit start in the test JVM, so the snapshot command finds it running.
 */
@ExtendWith(ApplicationExtension.class)
class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Simulator sim;

    @Start
    void start(javafx.stage.Stage stage) {
        // nothing to show: the extension starts the toolkit before any command does
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

    private String scriptedSimulator() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        return sim.baseUrl().toString();
    }

    @Test
    void alertsJsonCarriesSeveritiesFingerprintsAndSourceHealth() throws Exception {
        String url = scriptedSimulator();
        sim.control().fireAlert("search", "SearchLatencyHigh", "major");

        int code = run("alerts", "--source", "alertmanager=" + url, "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/sources/0/id").asText()).isEqualTo("alertmanager");
        assertThat(json.at("/sources/0/freshness").asText()).isEqualTo("live");
        assertThat(json.at("/firing/major").asInt()).isEqualTo(1);
        JsonNode alert = json.at("/alerts/0");
        assertThat(alert.get("name").asText()).isEqualTo("SearchLatencyHigh");
        assertThat(alert.get("severity").asText()).isEqualTo("major");
        assertThat(alert.get("service").asText()).isEqualTo("search");
        assertThat(alert.get("fingerprint").asText()).matches("[0-9a-f]{16}");
        assertThat(alert.get("state").asText()).isEqualTo("firing");
    }

    @Test
    void incidentsJsonCarriesTheDesksSlaClocks() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults()); // LIVE: a P1 is open at start
        int code = run("incidents", "--source", "servicenow=" + sim.baseUrl(), "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode p1 = json.at("/incidents/0");
        assertThat(p1.get("priority").asText()).isEqualTo("P1");
        assertThat(p1.get("number").asText()).startsWith("INC");
        assertThat(p1.get("clocks")).isNotEmpty();
        assertThat(p1.at("/clocks/0/source").asText()).isEqualTo("desk");
        assertThat(p1.at("/clocks/0/targetSeconds").asLong()).isPositive();
    }

    @Test
    void incidentsJsonCarriesThePendingEscalationWithItsReason() throws Exception {
        String url = scriptedSimulator();
        sim.control().startOutage("checkout");

        int code = run("incidents", "--source", "servicenow=" + url, "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode p1 = new ObjectMapper().readTree(out.toString()).at("/incidents/0");
        assertThat(p1.at("/clocks/0/source").asText()).isEqualTo("desk");
        assertThat(p1.at("/clocks/0/level").asText()).isIn("ok", "warn", "critical", "breached");
        assertThat(p1.at("/escalation/pending/to").asText()).isEqualTo("Tier 2");
        assertThat(p1.at("/escalation/pending/reason").asText()).isEqualTo("P1 goes straight to Tier 2 (rule: P1)");
        assertThat(p1.at("/escalation/upcoming/to").asText()).isEqualTo("Shift lead");
    }

    @Test
    void tableOutputListsAlertsForPeople() throws Exception {
        String url = scriptedSimulator();
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");

        assertThat(run("alerts", "--source", "alertmanager=" + url)).isZero();
        assertThat(out.toString()).contains("SEVERITY").contains("critical").contains("CheckoutErrorRateHigh")
                .contains("1 firing");
    }

    @Test
    void unreachableSourceExitsThreeWithAOneLineReason() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        int code = run("alerts", "--source", "alertmanager=http://127.0.0.1:" + closedPort, "--wait", "10s");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString().strip()).doesNotContain("\n\tat ")
                .startsWith("watchfloor: alertmanager 'alertmanager' (http://127.0.0.1:" + closedPort);
    }

    @Test
    void wrongConfigValuesExitTwoWithTheReason(@TempDir Path dir) throws Exception {
        assertThat(run("alerts", "--config", dir.resolve("missing.yaml").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml: no such file");

        assertThat(run("alerts", "--source", "nagios=http://127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown source type 'nagios'");

        assertThat(run("snapshot", "--out", dir.resolve("x.png").toString(), "--width", "10",
                "--source", "alertmanager=http://127.0.0.1:1")).isEqualTo(2);
    }

    @Test
    void snapshotRendersTheBoardToAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        String url = scriptedSimulator();
        Path png = dir.resolve("board.png");

        int code = run("snapshot", "--out", png.toString(), "--width", "1280", "--height", "720",
                "--source", "alertmanager=" + url, "--source", "prometheus=" + url, "--source", "servicenow=" + url);

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo(png.toAbsolutePath().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }
}
