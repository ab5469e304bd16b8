package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line with the Alertmanager down: reads serve the cached state marked with its age and
 * exit 0, an acknowledgement is queued (exit 0, "queued"), {@code outbox} lists it, and {@code sync}
 * delivers it once the Alertmanager is back on the same address.
 */
class OfflineCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Simulator sim;
    private String url;
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");
        url = sim.baseUrl().toString();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        if (!args[0].equals("outbox")) {
            all.addAll(List.of("--source", "alertmanager=" + url, "--operator", "Watchfloor Operator", "--wait", "5s"));
        }
        CommandLine cl = WatchfloorCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(all.toArray(String[]::new));
    }

    private String fingerprint() {
        Matcher m = Pattern.compile("CheckoutErrorRateHigh\\s+.*?([0-9a-f]{16})").matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return m.group(1);
    }

    @Test
    void withTheSourceDownReadsServeTheCacheActionsQueueAndSyncDeliversThemOnce() throws Exception {
        assertThat(run("alerts")).as(err.toString()).isZero();
        String fingerprint = fingerprint();
        int port = sim.baseUrl().getPort();
        sim.close();

        assertThat(run("alerts", "--json")).as(err.toString()).isZero();
        JsonNode board = JSON.readTree(out.toString());
        JsonNode alert = board.path("alerts").get(0);
        assertThat(alert.path("fingerprint").asText()).isEqualTo(fingerprint);
        assertThat(alert.path("data").path("freshness").asText()).isIn("delayed", "stale");
        assertThat(alert.path("data").path("ageSeconds").asDouble()).isPositive();
        assertThat(board.path("sources").get(0).path("downSince").isNull()).isFalse();
        assertThat(err.toString()).contains("alertmanager 'alertmanager'").contains("showing its data from");

        assertThat(run("ack", fingerprint, "--note", "on it")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("queued").contains("watchfloor sync");

        assertThat(run("outbox", "--json")).isZero();
        JsonNode outbox = JSON.readTree(out.toString());
        assertThat(outbox.path("waiting").asInt()).isEqualTo(1);
        JsonNode queued = outbox.path("actions").get(0);
        assertThat(queued.path("kind").asText()).isEqualTo("acknowledge");
        assertThat(queued.path("state").asText()).isEqualTo("retrying");
        assertThat(queued.path("lastError").asText()).isNotBlank();
        String actionId = queued.path("id").asText();

        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED).withPort(port));
        sim.control().fireAlert("checkout", "CheckoutErrorRateHigh", "critical");

        assertThat(run("sync")).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("accepted").contains(actionId);
        assertThat(sim.ledger().entries().stream()
                .filter(e -> e.path().equals("/api/v2/silences") && e.body().contains("[wf:" + actionId + "]")))
                .hasSize(1);
        assertThat(run("outbox", "--json")).isZero();
        assertThat(JSON.readTree(out.toString()).path("waiting").asInt()).isZero();

        assertThat(run("sync")).isZero();
        assertThat(out.toString()).contains("outbox is empty");
    }

    @Test
    void cancellingAnUnknownActionSaysWhy() {
        assertThat(run("outbox", "--cancel", "nope")).isEqualTo(WatchfloorCommand.BAD_CONFIG);
        assertThat(err.toString()).contains("no such action");
    }
}
