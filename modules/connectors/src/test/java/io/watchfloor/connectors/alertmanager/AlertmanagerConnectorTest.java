package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Faults;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertmanagerConnectorTest {
    private static final String ACK_SILENCE = "7d0a1f3e-55b1-4c39-9d4e-0f6a3c2b1a01";
    private static final String MAINTENANCE_SILENCE = "0f3b9a55-1c2d-4e5f-8a9b-2c3d4e5f6a7b";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @StartStop
    private final MockWebServer replicaB = new MockWebServer();

    private static SourceConnector connector(List<String> urls, Map<String, String> options) {
        return Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER, urls, options), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private static Map<String, Alert> poll(SourceConnector c) throws SourceException {
        List<SourceEvent> events = c.poll();
        assertThat(events).hasSize(1);
        SourceEvent.AlertsObserved observed = (SourceEvent.AlertsObserved) events.get(0);
        assertThat(observed.observedAt()).isEqualTo(NOW);
        assertThat(observed.source()).isEqualTo(c.id());
        return observed.alerts().stream().collect(Collectors.toMap(Alert::name, Function.identity()));
    }

    @Test
    void pollAsksForActiveSilencedAndInhibitedAlertsThenSilences() throws Exception {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        poll(connector(List.of(Fixtures.base(server)), Map.of()));

        RecordedRequest alerts = server.takeRequest();
        assertThat(alerts.getMethod()).isEqualTo("GET");
        assertThat(alerts.getUrl().encodedPath()).isEqualTo("/api/v2/alerts");
        assertThat(alerts.getUrl().queryParameter("active")).isEqualTo("true");
        assertThat(alerts.getUrl().queryParameter("silenced")).isEqualTo("true");
        assertThat(alerts.getUrl().queryParameter("inhibited")).isEqualTo("true");
        assertThat(alerts.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(alerts.getHeaders().get("Authorization")).isNull();
        RecordedRequest silences = server.takeRequest();
        assertThat(silences.getMethod()).isEqualTo("GET");
        assertThat(silences.getTarget()).isEqualTo("/api/v2/silences");
    }

    @Test
    void ackSilencedAlertReadsAsAcknowledgedWithTheSilencesAuthorAndWindow() throws Exception {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        Alert probe = poll(connector(List.of(Fixtures.base(server)), Map.of())).get("ProbeFailure");

        assertThat(probe.fingerprint()).isEqualTo("a3f1c0d9e2b4c5f6");
        assertThat(probe.summary()).isEqualTo("Payments gateway probe failing from 2 of 3 locations");
        assertThat(probe.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(probe.service()).isEqualTo("payments-gateway");
        assertThat(probe.startsAt()).isEqualTo(Instant.parse("2026-08-20T10:00:00Z"));
        assertThat(probe.state()).isEqualTo(AlertState.FIRING);
        assertThat(probe.endedAt()).isEmpty();
        assertThat(probe.silencedBy()).containsExactly(ACK_SILENCE);
        assertThat(probe.labels()).containsEntry("instance", "https://pay.example.org/health");
        assertThat(probe.acknowledgement()).contains(new Acknowledgement("jdoe", Instant.parse("2026-08-20T10:06:00Z"),
                Optional.of(Instant.parse("2026-08-20T10:21:00Z")), ACK_SILENCE));
        assertThat(probe.needsAttention()).isFalse();
    }

    @Test
    void missingFieldsFallBackToDescriptionJobAndDefaults() throws Exception {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        Map<String, Alert> alerts = poll(connector(List.of(Fixtures.base(server)), Map.of()));

        Alert latency = alerts.get("HighLatency");
        assertThat(latency.summary()).isEqualTo("p99 latency of the checkout API is 2.4s");
        assertThat(latency.service()).isEqualTo("checkout-api");
        assertThat(latency.severity()).isEqualTo(Severity.WARNING);
        assertThat(latency.startsAt()).isEqualTo(Instant.parse("2026-08-20T07:41:12.345Z"));
        assertThat(latency.needsAttention()).isTrue();

        Alert disk = alerts.get("DiskAlmostFull");
        assertThat(disk.summary()).isEqualTo("DiskAlmostFull");
        assertThat(disk.service()).isEqualTo(Alert.UNASSIGNED);
        assertThat(disk.severity()).isEqualTo(Severity.WARNING);
        assertThat(disk.silencedBy()).containsExactly(MAINTENANCE_SILENCE);
        assertThat(disk.acknowledgement()).as("a maintenance silence is not an acknowledgement").isEmpty();

        Alert cert = alerts.get("CertificateExpiry");
        assertThat(cert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(cert.acknowledgement()).map(Acknowledgement::by).contains("asmith");
    }

    @Test
    void serviceLabelAndAckPrefixOptionsAreHonoured() throws Exception {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        Map<String, Alert> alerts = poll(connector(List.of(Fixtures.base(server)),
                Map.of("serviceLabel", "mountpoint", "ackPrefix", "Planned")));

        assertThat(alerts.get("DiskAlmostFull").service()).isEqualTo("/var");
        assertThat(alerts.get("DiskAlmostFull").acknowledgement()).map(Acknowledgement::by).contains("storage-team");
        assertThat(alerts.get("ProbeFailure").acknowledgement()).isEmpty();
        assertThat(alerts.get("ProbeFailure").service()).isEqualTo("blackbox");
    }

    @Test
    void basePathPrefixIsKeptAndBasicAuthIsSentOnEveryRequest() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        SourceConfig.Auth basic = new SourceConfig.Auth(Optional.of("noc"), Optional.of("AM_PW"), Optional.empty());
        SourceConnector c = Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER,
                List.of(server.url("/alertmanager/").toString()), basic, Map.of()), SHARED, CLOCK,
                name -> "AM_PW".equals(name) ? Optional.of("pw") : Optional.empty());

        assertThat(poll(c)).isEmpty();

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/alertmanager/api/v2/alerts");
        assertThat(second.getUrl().encodedPath()).isEqualTo("/alertmanager/api/v2/silences");
        assertThat(first.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("noc", "pw"));
        assertThat(second.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("noc", "pw"));
    }

    @Test
    void unreadableAlertIsSkippedAndTheRestStillShow() throws Exception {
        server.enqueue(json("""
                [{"labels":{"alertname":"Good"},"annotations":{},"fingerprint":"f1","startsAt":"2026-08-20T10:00:00Z",
                  "updatedAt":"2026-08-20T10:00:00Z","endsAt":"2026-08-20T10:04:00Z","status":{"state":"active"}},
                 {"labels":"not-a-map","fingerprint":"f2","startsAt":"2026-08-20T10:00:00Z"},
                 {"labels":{"alertname":"BadTime"},"fingerprint":"f3","startsAt":"yesterday"},
                 {"labels":{"alertname":"NoPrint"},"startsAt":"2026-08-20T10:00:00Z"}]"""));
        server.enqueue(json("[]"));

        Map<String, Alert> alerts = poll(connector(List.of(Fixtures.base(server)), Map.of()));

        assertThat(alerts).containsOnlyKeys("Good");
    }

    @Test
    void bodyThatIsNotAListIsMalformed() {
        server.enqueue(json("{\"alerts\":[]}"));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> connector(List.of(Fixtures.base(server)), Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.MALFORMED);
        assertThat(e.getMessage()).contains("/api/v2/alerts answered a JSON object instead of a list of alerts");
    }

    @Test
    void haReplicasAreUnitedByFingerprintAndSilenceId() throws Exception {
        // Replica A has not yet heard of the ACK silence created on B (gossip lag).
        server.enqueue(json("""
                [{"labels":{"alertname":"ProbeFailure","service":"payments-gateway"},"annotations":{},
                  "fingerprint":"a3f1c0d9e2b4c5f6","startsAt":"2026-08-20T10:00:00Z","updatedAt":"2026-08-20T10:04:00Z",
                  "endsAt":"2026-08-20T10:09:00Z","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
                 {"labels":{"alertname":"OnlyOnA"},"annotations":{},"fingerprint":"aaaa","startsAt":"2026-08-20T10:00:00Z",
                  "updatedAt":"2026-08-20T10:04:00Z","endsAt":"2026-08-20T10:09:00Z","status":{"state":"active"}}]"""));
        server.enqueue(json("[]"));
        replicaB.enqueue(json("""
                [{"labels":{"alertname":"ProbeFailure","service":"payments-gateway"},"annotations":{},
                  "fingerprint":"a3f1c0d9e2b4c5f6","startsAt":"2026-08-20T10:00:00Z","updatedAt":"2026-08-20T10:03:00Z",
                  "endsAt":"2026-08-20T10:09:00Z","status":{"state":"suppressed","silencedBy":["%s"],"inhibitedBy":[]}},
                 {"labels":{"alertname":"OnlyOnB"},"annotations":{},"fingerprint":"bbbb","startsAt":"2026-08-20T10:00:00Z",
                  "updatedAt":"2026-08-20T10:04:00Z","endsAt":"2026-08-20T10:09:00Z","status":{"state":"active"}}]"""
                .formatted(ACK_SILENCE)));
        replicaB.enqueue(fixture("alertmanager/silences.json"));

        Map<String, Alert> alerts = poll(connector(List.of(Fixtures.base(server), Fixtures.base(replicaB)), Map.of()));

        assertThat(alerts).containsOnlyKeys("ProbeFailure", "OnlyOnA", "OnlyOnB");
        assertThat(alerts.get("ProbeFailure").silencedBy()).containsExactly(ACK_SILENCE);
        assertThat(alerts.get("ProbeFailure").acknowledgement()).map(Acknowledgement::by).contains("jdoe");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(replicaB.getRequestCount()).isEqualTo(2);
    }

    @Test
    void oneReplicaDownStillYieldsTheOthersAlerts() throws Exception {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        Map<String, Alert> alerts = poll(connector(List.of(Fixtures.refusedUrl(), Fixtures.base(server)), Map.of()));

        assertThat(alerts).hasSize(4);
    }

    @Test
    void allReplicasDownIsUnreachableNamingEachReplica() {
        String a = Fixtures.refusedUrl();
        String b = Fixtures.refusedUrl();

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> connector(List.of(a, b), Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("all 2 Alertmanager replicas failed: ")
                .contains(a + "api/v2/alerts").contains(b + "api/v2/alerts").doesNotContain("\n");
    }

    @Test
    void replicaAnsweringAlertsButFailingSilencesCountsAsFailed() {
        server.enqueue(fixture("alertmanager/alerts.json"));
        server.enqueue(json(500, "\"failed to list silences\""));

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> connector(List.of(Fixtures.base(server)), Map.of()).poll());

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.getMessage()).contains("/api/v2/silences: failed to list silences");
    }

    @ParameterizedTest
    @EnumSource(Faults.class)
    void faultsBecomeClearSourceExceptions(Faults fault) {
        String url = fault.arrange(server, "\"failed to get alerts: upstream store unavailable\"");

        SourceException e = catchThrowableOfType(SourceException.class,
                () -> connector(List.of(url), Faults.OPTIONS).poll());

        fault.check(e, "/api/v2/alerts", "failed to get alerts: upstream store unavailable");
    }
}
