package io.watchfloor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.icinga.IcingaConnector;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Icinga connector against a real Icinga 2.13 ({@code it/start.sh icinga}): TLS with Icinga's own CA,
 * basic auth from the environment, problems through the objects API, live updates through the event
 * stream, acknowledge / comment / unacknowledge written back. A fresh Icinga per test (about 1 s).
 */
class IcingaIT {
    private static final SourceId ICINGA = SourceId.of("icinga");
    /** Long on purpose: changes must arrive through the event stream, not the schedule. */
    private static final Duration SLOW_POLL = Duration.ofSeconds(60);
    private RealServer icinga;
    private Http http;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        icinga = RealServer.start("icinga", "icinga", "icinga2", "openssl", "curl", "python3");
        http = new Http(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10))
                .addInterceptor(c -> c.proceed(c.request().newBuilder()
                        .header("Authorization", Credentials.basic(icinga.get("ICINGA_USER"), icinga.get("ICINGA_PASSWORD"))).build()))
                .sslSocketFactory(TestTls.socketFactory(Path.of(icinga.get("ICINGA_CA"))), TestTls.trustManager(Path.of(icinga.get("ICINGA_CA"))))
                .build());
    }

    @AfterEach
    void stop() {
        if (icinga != null) {
            icinga.close();
        }
    }

    private SourceConfig source(String url, String caKey, Duration poll) {
        return new SourceConfig(ICINGA, SourceKind.ICINGA2, List.of(url), poll,
                new SourceConfig.Auth(Optional.of(icinga.get("ICINGA_USER")), Optional.of("ICINGA_PASSWORD"), Optional.empty()),
                Optional.of(Path.of(icinga.get(caKey))), Map.of("timeout", "3s"));
    }

    private WatchfloorUnderTest watch(SourceConfig cfg, String password) throws Exception {
        // the engine itself subscribes to the connector's event stream (ChangeNotifying)
        return WatchfloorUnderTest.start(List.of(cfg), Map.of("ICINGA_PASSWORD", password), dataDir);
    }

    private void checkResult(String service, int exitStatus, String output) throws Exception {
        http.post(icinga.get("ICINGA_URL") + "/v1/actions/process-check-result", """
                {"type":"Service","filter":"host.name==\\"web-01\\" && service.name==\\"%s\\"","exit_status":%d,"plugin_output":"%s"}
                """.formatted(service, exitStatus, output));
    }

    private static Optional<Alert> alert(WatchfloorUnderTest wf, String fingerprint) {
        return wf.board().alerts().stream().filter(a -> a.firing() && a.fingerprint().equals(fingerprint)).findFirst();
    }

    @Test
    void aServiceGoingCriticalArrivesThroughTheEventStream() throws Exception {
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_CA", SLOW_POLL), icinga.get("ICINGA_PASSWORD"))) {
            // the host check of db-02 (DOWN) runs on its own 5 s interval after Icinga starts: wait for both
            await().atMost(Duration.ofSeconds(20)).until(() -> alert(wf, "web-01!disk").isPresent()
                    && alert(wf, "db-02").isPresent());
            assertThat(alert(wf, "web-01!checkout-api")).isEmpty();
            long t0 = System.nanoTime();
            checkResult("checkout-api", 2, "CRITICAL - checkout returns HTTP 503");
            // far sooner than the 60 s poll: the stream's StateChange triggered the read
            await().atMost(Duration.ofSeconds(10)).until(() -> alert(wf, "web-01!checkout-api").isPresent());
            Alert a = alert(wf, "web-01!checkout-api").orElseThrow();
            assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(a.service()).isEqualTo("checkout");
            assertThat(a.summary()).isEqualTo("CRITICAL - checkout returns HTTP 503");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
            assertThat(alert(wf, "db-02")).hasValueSatisfying(h -> assertThat(h.severity()).isEqualTo(Severity.CRITICAL));
        }
    }

    @Test
    void acknowledgeAndCommentFromWatchfloorShowInIcinga() throws Exception {
        checkResult("checkout-api", 2, "CRITICAL - checkout returns HTTP 503");
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_CA", Duration.ofSeconds(1)), icinga.get("ICINGA_PASSWORD"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> alert(wf, "web-01!checkout-api").isPresent());
            TargetRef target = TargetRef.of(alert(wf, "web-01!checkout-api").orElseThrow());

            ActionOutcome ack = wf.actions.submit(wf.actions.requests().acknowledge(target, Optional.of("checking the LB")))
                    .get(10, TimeUnit.SECONDS);
            assertThat(ack).as(ack.summary()).isInstanceOf(ActionOutcome.Accepted.class);
            JsonNode svc = service("checkout-api");
            assertThat(svc.path("acknowledgement").asInt()).as("sticky").isEqualTo(2);
            JsonNode ackComment = comments("checkout-api", 4).get(0);
            assertThat(ackComment.path("author").asText()).isEqualTo("night-op");
            assertThat(ackComment.path("text").asText()).startsWith("checking the LB [wf:");
            await().atMost(Duration.ofSeconds(10)).until(() -> alert(wf, "web-01!checkout-api")
                    .flatMap(Alert::acknowledgement).map(k -> k.by().equals("night-op")).orElse(false));

            ActionOutcome again = wf.actions.submit(wf.actions.requests().acknowledge(target, Optional.empty())).get(10, TimeUnit.SECONDS);
            assertThat(again).isInstanceOfSatisfying(ActionOutcome.Rejected.class,
                    r -> assertThat(r.reason()).contains("already acknowledged"));

            ActionOutcome note = wf.actions.submit(wf.actions.requests().annotate(target, "customer impact confirmed", false))
                    .get(10, TimeUnit.SECONDS);
            assertThat(note).isInstanceOf(ActionOutcome.Accepted.class);
            assertThat(comments("checkout-api", 1)).anySatisfy(c -> {
                assertThat(c.path("author").asText()).isEqualTo("night-op");
                assertThat(c.path("text").asText()).startsWith("customer impact confirmed [wf:");
            });

            ActionOutcome unack = wf.actions.submit(wf.actions.requests().unacknowledge(target)).get(10, TimeUnit.SECONDS);
            assertThat(unack).isInstanceOf(ActionOutcome.Accepted.class);
            assertThat(service("checkout-api").path("acknowledgement").asInt()).isZero();
            await().atMost(Duration.ofSeconds(10)).until(() -> alert(wf, "web-01!checkout-api")
                    .map(a -> a.acknowledgement().isEmpty()).orElse(false));
        }
    }

    @Test
    void anAcknowledgementMadeInIcingaBySomeoneElseShowsOnTheBoard() throws Exception {
        checkResult("checkout-api", 2, "CRITICAL - checkout returns HTTP 503");
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_CA", SLOW_POLL), icinga.get("ICINGA_PASSWORD"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> alert(wf, "web-01!checkout-api").isPresent());
            http.post(icinga.get("ICINGA_URL") + "/v1/actions/acknowledge-problem", """
                    {"type":"Service","filter":"host.name==\\"web-01\\" && service.name==\\"checkout-api\\"",
                     "author":"day-shift","comment":"handing over: vendor ticket 4711","sticky":true}""");
            await().atMost(Duration.ofSeconds(10)).until(() -> alert(wf, "web-01!checkout-api")
                    .flatMap(Alert::acknowledgement).map(k -> k.by().equals("day-shift")).orElse(false));
            assertThat(alert(wf, "web-01!checkout-api").orElseThrow().needsAttention()).isFalse();
        }
    }

    @Test
    void badCredentialsAndTheWrongCaAreClearSourceStates() throws Exception {
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_CA", Duration.ofMillis(500)), "not-the-password")) {
            SourceHealth h = awaitFailure(wf);
            assertThat(h.lastError().orElseThrow()).contains("HTTP 401").contains("Unauthorized");
        }
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_OTHER_CA", Duration.ofMillis(500)), icinga.get("ICINGA_PASSWORD"))) {
            SourceHealth h = awaitFailure(wf);
            assertThat(h.lastError().orElseThrow()).startsWith("TLS handshake failed");
        }
        // the certificate names localhost and 127.0.0.1: both verify with the right CA
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_LOCALHOST_URL"), "ICINGA_CA", Duration.ofMillis(500)), icinga.get("ICINGA_PASSWORD"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> alert(wf, "web-01!disk").isPresent());
        }
    }

    @Test
    void aServerStoppedMidStreamIsAFailedSourceThatRecoversWhenItReturns() throws Exception {
        try (WatchfloorUnderTest wf = watch(source(icinga.get("ICINGA_URL"), "ICINGA_CA", Duration.ofMillis(500)), icinga.get("ICINGA_PASSWORD"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> alert(wf, "web-01!disk").isPresent());
            IcingaConnector connector = (IcingaConnector) wf.engine.actionConnectors().get(ICINGA);
            Path pidFile = Path.of(icinga.get("ICINGA_PIDFILE"));
            RealServer.kill(pidFile);
            SourceHealth h = awaitFailure(wf);
            assertThat(h.lastError().orElseThrow()).contains("cannot connect");
            assertThat(wf.board().alerts()).as("last known problems stay on the board, marked by age")
                    .anyMatch(a -> a.fingerprint().equals("web-01!disk"));

            restartIcingaOnTheSamePort();
            long before = connector.streamEvents();
            await().atMost(Duration.ofSeconds(30)).until(() -> wf.board().health(ICINGA).orElseThrow().consecutiveFailures() == 0);
            // the stream reconnected too (backoff at most 30 s): a new state change arrives through it
            checkResult("checkout-api", 2, "CRITICAL - back after restart");
            await().atMost(Duration.ofSeconds(40)).until(() -> connector.streamEvents() > before);
        }
    }

    private void restartIcingaOnTheSamePort() {
        RealServer.run("start.sh", "icinga-again");
    }

    private static SourceHealth awaitFailure(WatchfloorUnderTest wf) {
        await().atMost(Duration.ofSeconds(15)).until(() -> wf.board().health(ICINGA).map(h -> h.consecutiveFailures() > 0).orElse(false));
        return wf.board().health(ICINGA).orElseThrow();
    }

    private JsonNode service(String name) throws Exception {
        return http.call(Icinga.query(icinga.get("ICINGA_URL") + "/v1/objects/services",
                "{\"filter\":\"host.name==\\\"web-01\\\" && service.name==\\\"" + name + "\\\"\"}")).path("results").get(0).path("attrs");
    }

    private List<JsonNode> comments(String service, int entryType) throws Exception {
        JsonNode r = http.call(Icinga.query(icinga.get("ICINGA_URL") + "/v1/objects/comments",
                "{\"filter\":\"comment.service_name==\\\"" + service + "\\\" && comment.entry_type==" + entryType + "\"}"));
        List<JsonNode> out = new java.util.ArrayList<>();
        r.path("results").forEach(c -> out.add(c.path("attrs")));
        return out;
    }

    /** Icinga's query form: POST with the GET override and a JSON filter. */
    static final class Icinga {
        private Icinga() {
        }

        static Request query(String url, String json) {
            return new Request.Builder().url(url).header("Accept", "application/json").header("X-HTTP-Method-Override", "GET")
                    .post(RequestBody.create(json, Http.JSON_TYPE)).build();
        }
    }
}
