package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class AlertmanagerClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-08-20T10:06:00Z");
    private static final Instant END = Instant.parse("2026-08-20T10:21:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @StartStop
    private final MockWebServer second = new MockWebServer();

    private static AlertmanagerClient client(String... urls) {
        SourceConfig cfg = Fixtures.config(SourceKind.ALERTMANAGER, List.of(urls), Map.of());
        return AlertmanagerClient.create(cfg, SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private AlertmanagerClient client() {
        return client(Fixtures.base(server));
    }

    @Test
    void groupsAreReadWithTheirAlertsAcknowledgementsResolved() throws Exception {
        server.enqueue(fixture("alertmanager/groups.json"));
        server.enqueue(fixture("alertmanager/silences.json"));

        List<AlertGroup> groups = client().groups();

        RecordedRequest groupsRequest = server.takeRequest();
        assertThat(groupsRequest.getMethod()).isEqualTo("GET");
        assertThat(groupsRequest.getTarget()).isEqualTo("/api/v2/alerts/groups");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/silences");
        assertThat(groups).hasSize(2);
        AlertGroup probe = groups.get(0);
        assertThat(probe.labels()).containsExactly(Map.entry("alertname", "ProbeFailure"));
        assertThat(probe.receiver()).isEqualTo("noc");
        assertThat(probe.alerts()).singleElement().satisfies(a ->
                assertThat(a.acknowledgement()).map(Acknowledgement::by).contains("jdoe"));
        AlertGroup latency = groups.get(1);
        assertThat(latency.receiver()).isEqualTo("checkout-team");
        assertThat(latency.alerts()).as("the alert with an unreadable startsAt is skipped")
                .extracting(Alert::fingerprint).containsExactly("0b7e41c2d9f85a13");
    }

    @Test
    void silencesAreReadWithStateAndMatchers() throws Exception {
        server.enqueue(fixture("alertmanager/silences.json"));

        List<Silence> silences = client().silences();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v2/silences");
        assertThat(silences).extracting(Silence::state).containsExactly(SilenceState.ACTIVE, SilenceState.ACTIVE,
                SilenceState.ACTIVE, SilenceState.EXPIRED, SilenceState.PENDING);
        Silence ack = silences.get(0);
        assertThat(ack.acknowledges("ACK!")).isTrue();
        assertThat(ack.createdBy()).isEqualTo("jdoe");
        assertThat(ack.matchers()).containsExactly(SilenceMatcher.exact("alertname", "ProbeFailure"),
                SilenceMatcher.matchingRegex("instance", "(https://pay\\.example\\.org/health)"));
        assertThat(silences.get(1).matchers()).as("isEqual defaults to true")
                .containsExactly(SilenceMatcher.exact("mountpoint", "/var"));
        assertThat(silences.get(3).acknowledges("ACK!")).as("an expired ACK silence acknowledges nothing").isFalse();
        assertThat(silences.get(4).matchers()).containsExactly(new SilenceMatcher("env", "dev|test", true, false));
    }

    @Test
    void createSilencePostsAPostableSilenceAndReturnsItsId() throws Exception {
        server.enqueue(json("{\"silenceID\":\"4f1c2d3e-0000-4000-8000-123456789abc\"}"));

        String id = client().createSilence(List.of(SilenceMatcher.exact("alertname", "InstanceDown"),
                        SilenceMatcher.matchingRegex("instance", "(10\\.0\\.0\\.5:9100|10\\.0\\.0\\.6:9100)")),
                START, END, "noc-console", "ACK! acknowledged from the NOC console");

        assertThat(id).isEqualTo("4f1c2d3e-0000-4000-8000-123456789abc");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v2/silences");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        JsonNode expected = JSON.readTree("""
                {"matchers":[{"name":"alertname","value":"InstanceDown","isRegex":false,"isEqual":true},
                             {"name":"instance","value":"(10\\\\.0\\\\.0\\\\.5:9100|10\\\\.0\\\\.0\\\\.6:9100)","isRegex":true,"isEqual":true}],
                 "startsAt":"2026-08-20T10:06:00Z","endsAt":"2026-08-20T10:21:00Z",
                 "createdBy":"noc-console","comment":"ACK! acknowledged from the NOC console"}""");
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(expected);
    }

    @Test
    void rejectedSilenceCarriesAlertmanagersOwnReason() {
        server.enqueue(json(400, "\"Failed to create silence: end time can't be in the past\""));

        SourceException e = catchThrowableOfType(SourceException.class, () -> client().createSilence(
                List.of(SilenceMatcher.exact("alertname", "X")), START, END, "noc", "ACK! x"));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("HTTP 400 Client Error from POST " + server.url("/api/v2/silences")
                + ": Failed to create silence: end time can't be in the past");
    }

    @Test
    void createSilenceMovesToTheNextReplicaOnlyWhenTheFirstCannotBeReached() throws Exception {
        server.enqueue(json("{\"silenceID\":\"s-1\"}"));

        String id = client(Fixtures.refusedUrl(), Fixtures.base(server)).createSilence(
                List.of(SilenceMatcher.exact("alertname", "X")), START, END, "noc", "ACK! x");

        assertThat(id).isEqualTo("s-1");
        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
    }

    @Test
    void createSilenceThatTimedOutIsNotRepeatedOnAnotherReplica() {
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).body("{}").build());
        SourceConfig cfg = Fixtures.config(SourceKind.ALERTMANAGER, List.of(Fixtures.base(server), Fixtures.base(second)),
                Map.of("timeout", "200ms"));

        SourceException e = catchThrowableOfType(SourceException.class, () -> AlertmanagerClient.create(cfg, SHARED, CLOCK,
                Fixtures.NO_ENV).createSilence(List.of(SilenceMatcher.exact("alertname", "X")), START, END, "noc", "ACK! x"));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.TIMEOUT);
        assertThat(second.getRequestCount()).isZero();
    }

    @Test
    void createSilenceRejectsWhatAlertmanagerWouldRefuse() {
        AlertmanagerClient client = client();
        List<SilenceMatcher> one = List.of(SilenceMatcher.exact("alertname", "X"));

        assertThatThrownBy(() -> client.createSilence(List.of(), START, END, "noc", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.createSilence(one, END, START, "noc", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> client.createSilence(one, START, END, " ", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void expireSilenceDeletesOnTheSingularPath() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).build());

        client().expireSilence("7d0a1f3e-55b1-4c39-9d4e-0f6a3c2b1a01");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/api/v2/silence/7d0a1f3e-55b1-4c39-9d4e-0f6a3c2b1a01");
        assertThat(request.getBodySize()).isZero();
    }

    @Test
    void expiringAnUnknownSilenceFailsWithNotFound() {
        server.enqueue(json(404, "\"silence 7d0a not found\""));

        SourceException e = catchThrowableOfType(SourceException.class, () -> client().expireSilence("7d0a"));

        assertThat(e.kind()).isEqualTo(SourceException.Kind.HTTP);
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.getMessage()).contains("DELETE").contains("/api/v2/silence/7d0a").endsWith("silence 7d0a not found");
    }

    @Test
    void clientRefusesASourceOfAnotherKind() {
        SourceConfig snow = Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)), Map.of());

        assertThatThrownBy(() -> AlertmanagerClient.create(snow, SHARED, CLOCK, name -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
