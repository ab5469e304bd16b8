package io.watchfloor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real Alertmanagers clustered over gossip on loopback ({@code it/start.sh am-ha}), read by Watchfloor
 * as ONE source with both replica URLs. Alerts are posted to both replicas, as Prometheus does for an HA pair.
 * A fresh cluster per test, so killing a replica in one test does not leak into the other.
 */
class AlertmanagerHaIT {
    private static final SourceId AM = SourceId.of("am-ha");
    private RealServer cluster;
    private final Http http = Http.plain();

    @TempDir
    Path dataDir;

    @BeforeEach
    void startCluster() {
        cluster = RealServer.start("am-ha", "am", "prometheus-alertmanager", "curl", "python3");
    }

    @AfterEach
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private List<String> replicas() {
        return List.of(cluster.get("AM1_URL"), cluster.get("AM2_URL"));
    }

    private SourceConfig source() {
        return new SourceConfig(AM, SourceKind.ALERTMANAGER, replicas(), Duration.ofMillis(200), SourceConfig.Auth.NONE,
                Optional.empty(), Map.of());
    }

    private void fire(String... names) throws Exception {
        Instant now = Instant.now();
        StringBuilder body = new StringBuilder("[");
        for (String n : names) {
            body.append(body.length() > 1 ? "," : "").append("""
                    {"labels":{"alertname":"%s","service":"payments","severity":"critical"},
                     "annotations":{"summary":"%s"},"startsAt":"%s","endsAt":"%s"}""".formatted(n, n, now, now.plus(Duration.ofMinutes(10))));
        }
        body.append(']');
        for (String r : replicas()) {
            http.post(r + "/api/v2/alerts", body.toString());
        }
    }

    private static Set<String> firing(WatchfloorUnderTest wf) {
        return wf.board().alerts().stream().filter(Alert::firing).map(Alert::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void silenceCreatedThroughOneReplicaShowsOnTheOther() throws Exception {
        fire("PaymentsLatency", "PaymentsErrors");
        try (WatchfloorUnderTest wf = WatchfloorUnderTest.start(List.of(source()), Map.of(), dataDir)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> firing(wf).size() == 2);
            assertThat(wf.board().alerts()).as("deduplicated by fingerprint across replicas").hasSize(2);
            Alert target = wf.board().alerts().stream().filter(a -> a.name().equals("PaymentsLatency")).findFirst().orElseThrow();

            ActionOutcome outcome = wf.actions.submit(wf.actions.requests().acknowledge(TargetRef.of(target), Optional.of("HA test")))
                    .get(10, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
            String silenceId = ((ActionOutcome.Accepted) outcome).reference().orElseThrow();

            // written to the first replica, gossiped to the second
            await().atMost(Duration.ofSeconds(10)).until(() -> silenceState(cluster.get("AM2_URL"), silenceId).equals("active"));
            assertThat(silenceState(cluster.get("AM1_URL"), silenceId)).isEqualTo("active");
            await().atMost(Duration.ofSeconds(5)).until(() -> wf.board().alerts().stream()
                    .anyMatch(a -> a.name().equals("PaymentsLatency") && a.acknowledgement().isPresent()));
        }
    }

    @Test
    void killingOneReplicaLosesNothingOnTheBoard() throws Exception {
        fire("PaymentsLatency", "PaymentsErrors", "PaymentsQueueDepth");
        try (WatchfloorUnderTest wf = WatchfloorUnderTest.start(List.of(source()), Map.of(), dataDir)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> firing(wf).size() == 3);
            Alert target = wf.board().alerts().stream().filter(a -> a.name().equals("PaymentsErrors")).findFirst().orElseThrow();
            ActionOutcome ack = wf.actions.submit(wf.actions.requests().acknowledge(TargetRef.of(target), Optional.empty()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(ack).isInstanceOf(ActionOutcome.Accepted.class);
            String silenceId = ((ActionOutcome.Accepted) ack).reference().orElseThrow();
            await().atMost(Duration.ofSeconds(10)).until(() -> silenceState(cluster.get("AM2_URL"), silenceId).equals("active"));

            RealServer.kill(Path.of(cluster.get("AM1_PIDFILE")));
            Instant killedAt = Instant.now();
            // reads succeed for 2 s (10 polls) with replica 1 refusing connections, and the board is whole
            await().atMost(Duration.ofSeconds(10)).until(() -> wf.board().health(AM).flatMap(h -> h.lastSuccess())
                    .map(t -> t.isAfter(killedAt.plusSeconds(2))).orElse(false));
            assertThat(firing(wf)).containsExactly("PaymentsErrors", "PaymentsLatency", "PaymentsQueueDepth");
            assertThat(wf.board().alerts()).filteredOn(a -> a.name().equals("PaymentsErrors"))
                    .singleElement().satisfies(a -> assertThat(a.acknowledgement()).isPresent());
            assertThat(wf.board().health(AM).orElseThrow().consecutiveFailures()).isZero();

            // a write still goes through: to the surviving replica
            Alert other = wf.board().alerts().stream().filter(a -> a.name().equals("PaymentsQueueDepth")).findFirst().orElseThrow();
            ActionOutcome second = wf.actions.submit(wf.actions.requests().acknowledge(TargetRef.of(other), Optional.empty()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(second).isInstanceOf(ActionOutcome.Accepted.class);
            assertThat(silenceState(cluster.get("AM2_URL"), ((ActionOutcome.Accepted) second).reference().orElseThrow())).isEqualTo("active");
        }
    }

    private String silenceState(String replica, String id) {
        try {
            JsonNode s = http.get(replica + "/api/v2/silence/" + id);
            return s.path("status").path("state").asText();
        } catch (Exception e) {
            return "absent";
        }
    }
}
