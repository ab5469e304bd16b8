package io.watchfloor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.app.cli.WatchfloorCommand;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Availability;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The monitoring pipeline for real: two HTTP targets probed by the blackbox exporter, scraped by
 * Prometheus every second, whose rule fires into Alertmanager, read by Watchfloor. Started once for
 * the class by {@code it/start.sh prom}; stopped by PID afterwards, also when a test fails.
 */
class AlertPipelineIT {
    private static final SourceId AM = SourceId.of("am");
    private static final int TRIALS = Integer.getInteger("watchfloor.it.latencyTrials", 12);
    private static RealServer pipeline;
    private final Http http = Http.plain();

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startPipeline() {
        pipeline = RealServer.start("prom", "am prom blackbox",
                "prometheus-alertmanager", "prometheus", "prometheus-blackbox-exporter", "python3", "curl");
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private SourceConfig alertmanager() {
        return SourceConfig.simple(AM, SourceKind.ALERTMANAGER, pipeline.get("AM_URL"), Duration.ofMillis(200));
    }

    private static Optional<Alert> firingFlap(WatchfloorUnderTest wf) {
        return wf.board().alerts().stream()
                .filter(a -> a.firing() && a.name().equals("ProbeFailed") && a.labels().get("service").equals("web-flap"))
                .findFirst();
    }

    @Test
    void stoppedTargetShowsOnTheBoardAndRestoredTargetClears() throws Exception {
        List<Long> toBoard = new ArrayList<>();
        List<Long> toClear = new ArrayList<>();
        try (WatchfloorUnderTest wf = WatchfloorUnderTest.start(List.of(alertmanager()), Map.of(), dataDir)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> wf.board().health(AM).map(h -> h.lastSuccess().isPresent()).orElse(false));
            assertThat(firingFlap(wf)).isEmpty();
            for (int i = -1; i < TRIALS; i++) { // trial -1 warms the pipeline up and is not counted
                long t0 = System.nanoTime();
                RealServer.run("stop.sh", "flap");
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> firingFlap(wf).isPresent());
                long board = (System.nanoTime() - t0) / 1_000_000;
                Alert alert = firingFlap(wf).orElseThrow();
                assertThat(alert.severity().label()).isEqualTo("critical");
                assertThat(alert.summary()).isEqualTo("web-flap does not answer HTTP");

                long t1 = System.nanoTime();
                RealServer.run("start.sh", "flap");
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> firingFlap(wf).isEmpty());
                long cleared = (System.nanoTime() - t1) / 1_000_000;
                if (i >= 0) {
                    toBoard.add(board);
                    toClear.add(cleared);
                }
            }
            // the stable target never alerted
            assertThat(wf.board().alerts()).noneMatch(a -> "web-stable".equals(a.labels().get("service")));
        }
        LatencyReport report = new LatencyReport(toBoard, toClear);
        report.write();
        assertThat(report.p95(toBoard)).as("alert-to-board p95 ms").isLessThan(10_000);
    }

    @Test
    void acknowledgeFromTheCliSilencesTheAlertAndUnackExpiresIt() throws Exception {
        String amUrl = pipeline.get("AM_URL");
        Instant now = Instant.now();
        http.post(amUrl + "/api/v2/alerts", """
                [{"labels":{"alertname":"DiskFull","instance":"db-1:9100","service":"orders-db","severity":"warning"},
                  "annotations":{"summary":"disk 97 percent full"},"startsAt":"%s","endsAt":"%s"}]
                """.formatted(now, now.plus(Duration.ofMinutes(10))));
        String fingerprint = await().atMost(Duration.ofSeconds(10)).until(() -> fingerprintOf(amUrl, "DiskFull"), Optional::isPresent).get();

        Cli ack = cli("ack", fingerprint, "--source", "alertmanager=" + amUrl, "--operator", "night-op", "--role", "operator",
                "--note", "looking at it", "--data-dir", dataDir.toString());
        assertThat(ack.code).as(ack.toString()).isZero();

        JsonNode silence = activeSilence(amUrl).orElseThrow(() -> new AssertionError("no active silence after ack: " + ack));
        assertThat(silence.path("createdBy").asText()).isEqualTo("night-op");
        assertThat(silence.path("comment").asText()).startsWith("ACK!").contains("night-op").contains("looking at it").contains("[wf:");
        JsonNode alert = alertNamed(amUrl, "DiskFull").orElseThrow();
        assertThat(alert.path("status").path("state").asText()).isEqualTo("suppressed");
        assertThat(alert.path("status").path("silencedBy").get(0).asText()).isEqualTo(silence.path("id").asText());
        try (WatchfloorUnderTest wf = WatchfloorUnderTest.start(List.of(alertmanager()), Map.of(), dataDir.resolve("wf"))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> wf.board().alerts().stream()
                    .anyMatch(a -> a.fingerprint().equals(fingerprint) && a.acknowledgement().map(k -> k.by().equals("night-op")).orElse(false)
                            && !a.needsAttention()));
        }

        Cli unack = cli("unack", fingerprint, "--source", "alertmanager=" + amUrl, "--operator", "night-op", "--role", "operator",
                "--data-dir", dataDir.toString());
        assertThat(unack.code).as(unack.toString()).isZero();
        JsonNode expired = http.get(amUrl + "/api/v2/silence/" + silence.path("id").asText());
        assertThat(expired.path("status").path("state").asText()).isEqualTo("expired");
        await().atMost(Duration.ofSeconds(5)).until(() -> alertNamed(amUrl, "DiskFull")
                .map(a -> a.path("status").path("state").asText().equals("active")).orElse(false));
    }

    @Test
    void availabilityPerTargetSaysHowLittleOfTheWindowIsCovered() throws Exception {
        SourceConfig prom = new SourceConfig(SourceId.of("prom"), SourceKind.PROMETHEUS, List.of(pipeline.get("PROM_URL")),
                Duration.ofMillis(500), SourceConfig.Auth.NONE, Optional.empty(),
                Map.of("selector", "job=\"blackbox_http\"", "scrapeInterval", "1s", "windows", "24h,7d"));
        List<Service> services = List.of(Service.discovered("web-stable"), Service.discovered("web-flap"));
        try (WatchfloorUnderTest wf = WatchfloorUnderTest.start(List.of(prom), services, Map.of(), dataDir)) {
            await().atMost(Duration.ofSeconds(15)).until(() -> wf.board().service("web-stable")
                    .flatMap(v -> v.availability(Duration.ofDays(7))).isPresent());
            Availability day = wf.board().service("web-stable").flatMap(v -> v.availability(Duration.ofHours(24))).orElseThrow();
            Availability week = wf.board().service("web-stable").flatMap(v -> v.availability(Duration.ofDays(7))).orElseThrow();
            assertThat(day.ratio()).isEqualTo(1.0);
            // the server holds seconds of data: both windows say so instead of claiming a full day or week
            assertThat(day.covered()).hasValueSatisfying(c -> assertThat(c).isPositive().isLessThan(Duration.ofMinutes(10)));
            assertThat(day.partial()).isTrue();
            assertThat(week.covered()).hasValueSatisfying(c -> assertThat(c).isLessThan(Duration.ofMinutes(10)));
            assertThat(week.partial()).isTrue();
        }
    }

    private Optional<String> fingerprintOf(String amUrl, String alertname) throws Exception {
        return alertNamed(amUrl, alertname).map(a -> a.path("fingerprint").asText());
    }

    private Optional<JsonNode> alertNamed(String amUrl, String alertname) throws Exception {
        for (JsonNode a : http.get(amUrl + "/api/v2/alerts")) {
            if (a.path("labels").path("alertname").asText().equals(alertname)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> activeSilence(String amUrl) throws Exception {
        for (JsonNode s : http.get(amUrl + "/api/v2/silences")) {
            if (s.path("status").path("state").asText().equals("active")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Runs the real command line in-process. */
    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WatchfloorCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    record Cli(int code, String out, String err) {
    }
}
