package io.watchfloor.connectors.icinga;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.fixture;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Icinga connector against payloads recorded from a real Icinga 2.13.6 (fixtures/icinga). */
class IcingaConnectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Operator OP = new Operator("night-op", Role.OPERATOR);
    private static final Function<String, Optional<String>> ENV = n -> n.equals("ICINGA_PW") ? Optional.of("s3cret") : Optional.empty();

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final Routes routes = new Routes();
    private IcingaConnector connector;

    /** Answers by path (and for object queries by object type), recording every request. */
    private static final class Routes extends Dispatcher {
        final Map<String, List<MockResponse>> answers = new HashMap<>();
        final List<RecordedRequest> requests = new ArrayList<>();

        Routes on(String path, MockResponse... responses) {
            answers.put(path, new ArrayList<>(List.of(responses)));
            return this;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            List<MockResponse> list = answers.get(request.getUrl().encodedPath());
            if (list == null || list.isEmpty()) {
                return json(404, "{\"error\":404,\"status\":\"No objects found.\"}");
            }
            return list.size() == 1 ? list.get(0) : list.remove(0);
        }

        synchronized List<RecordedRequest> to(String path) {
            return requests.stream().filter(r -> r.getUrl().encodedPath().equals(path)).toList();
        }
    }

    private IcingaConnector connector(Map<String, String> options) {
        server.setDispatcher(routes);
        SourceConfig cfg = new SourceConfig(io.watchfloor.core.SourceId.of("icinga"), SourceKind.ICINGA2,
                List.of(Fixtures.base(server)), Duration.ofSeconds(5),
                new SourceConfig.Auth(Optional.of("watchfloor"), Optional.of("ICINGA_PW"), Optional.empty()),
                Optional.empty(), options);
        connector = (IcingaConnector) Connectors.create(cfg, SHARED, CLOCK, ENV);
        return connector;
    }

    @AfterEach
    void close() {
        if (connector != null) {
            connector.close();
        }
    }

    private void recordedProblems() {
        routes.on("/v1/objects/services", fixture("icinga/services-problems.json"))
                .on("/v1/objects/hosts", fixture("icinga/hosts-problems.json"))
                .on("/v1/objects/comments", fixture("icinga/ack-comments.json"));
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return JSON.readTree(r.getBody().utf8());
    }

    private List<Alert> alerts() throws SourceException {
        return ((SourceEvent.AlertsObserved) connector.poll().get(0)).alerts();
    }

    private static Alert byFingerprint(List<Alert> alerts, String fp) {
        return alerts.stream().filter(a -> a.fingerprint().equals(fp)).findFirst().orElseThrow();
    }

    @Test
    void problemsMapToAlertsWithSeverityServiceAndAcknowledgement() throws Exception {
        recordedProblems();
        connector(Map.of());
        List<Alert> alerts = alerts();

        assertThat(alerts).extracting(Alert::fingerprint)
                .containsExactlyInAnyOrder("db-02", "web-01!checkout-api", "web-01!disk", "web-01!swap");
        Alert checkout = byFingerprint(alerts, "web-01!checkout-api");
        assertThat(checkout.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(checkout.service()).isEqualTo("checkout");
        assertThat(checkout.summary()).isEqualTo("CRITICAL - checkout returns HTTP 503");
        assertThat(checkout.labels()).containsEntry("host", "web-01").containsEntry("check", "checkout-api")
                .containsEntry("state", "CRITICAL").containsEntry("state_type", "HARD");
        assertThat(checkout.acknowledgement()).hasValueSatisfying(a -> {
            assertThat(a.by()).isEqualTo("day-shift");
            assertThat(a.until()).isEmpty();
        });
        assertThat(checkout.needsAttention()).isFalse();
        assertThat(byFingerprint(alerts, "web-01!disk").severity()).isEqualTo(Severity.WARNING);
        assertThat(byFingerprint(alerts, "web-01!disk").service()).isEqualTo("storefront");
        assertThat(byFingerprint(alerts, "web-01!swap").severity()).isEqualTo(Severity.MAJOR);
        assertThat(byFingerprint(alerts, "web-01!swap").service()).as("no vars.service: the host").isEqualTo("web-01");
        Alert host = byFingerprint(alerts, "db-02");
        assertThat(host.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(host.name()).isEqualTo("host down");
        assertThat(host.labels()).containsEntry("state", "DOWN");
        assertThat(host.needsAttention()).isTrue();
    }

    @Test
    void queriesArePostsWithMethodOverrideFilterAndBasicAuth() throws Exception {
        recordedProblems();
        connector(Map.of());
        alerts();
        RecordedRequest services = routes.to("/v1/objects/services").get(0);
        assertThat(services.getMethod()).isEqualTo("POST");
        assertThat(services.getHeaders().get("X-HTTP-Method-Override")).isEqualTo("GET");
        assertThat(services.getHeaders().get("Authorization")).isEqualTo(okhttp3.Credentials.basic("watchfloor", "s3cret"));
        assertThat(body(services).get("filter").asText()).isEqualTo("service.state != 0");
        assertThat(body(services).get("attrs").toString()).contains("acknowledgement_last_change", "vars", "host_name");
    }

    @Test
    void pendingObjectsAreNoProblem() throws Exception {
        routes.on("/v1/objects/services", json("{\"results\":[{\"attrs\":{\"name\":\"new\",\"state\":3,\"state_type\":0,"
                        + "\"last_check_result\":null,\"vars\":null},\"name\":\"web-01!new\",\"type\":\"Service\"}]}"))
                .on("/v1/objects/hosts", json("{\"results\":[]}"))
                .on("/v1/objects/comments", json("{\"results\":[]}"));
        connector(Map.of());
        assertThat(alerts()).isEmpty();
    }

    @Test
    void refusedCredentialsAreAnAuthFailureWithIcingasReason() {
        routes.on("/v1/objects/services", json(401, Fixtures.read("icinga/unauthorized-401.json")));
        connector(Map.of());
        assertThatThrownBy(this::alerts).isInstanceOfSatisfying(SourceException.class, e -> {
            assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
            assertThat(e.getMessage()).contains("401").contains("Unauthorized. Please check your user credentials.");
        });
    }

    private OperatorAction.Acknowledge ack(String target) {
        return new OperatorAction.Acknowledge("a-1", OP, new TargetRef(io.watchfloor.core.SourceId.of("icinga"),
                TargetRef.Type.ALERT, target, "checkout-api"), Fixtures.NOW, Duration.ofHours(4), Optional.of("looking"));
    }

    private static ActionContext noContext() {
        return new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void acknowledgeIsStickyWithOperatorCommentAndMarker() throws Exception {
        routes.on("/v1/objects/comments", json("{\"results\":[]}"))
                .on("/v1/actions/acknowledge-problem", fixture("icinga/acknowledge-ok.json"));
        connector(Map.of());
        ActionOutcome outcome = connector.perform(ack("web-01!checkout-api"), noContext());

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(outcome.summary()).contains("Successfully acknowledged problem for object 'web-01!checkout-api'.");
        JsonNode sent = body(routes.to("/v1/actions/acknowledge-problem").get(0));
        assertThat(sent.get("type").asText()).isEqualTo("Service");
        assertThat(sent.get("author").asText()).isEqualTo("night-op");
        assertThat(sent.get("comment").asText()).isEqualTo("looking [wf:a-1]");
        assertThat(sent.get("sticky").asBoolean()).isTrue();
        assertThat(sent.get("filter").asText()).isEqualTo("host.name == wf_host && service.name == wf_service");
        assertThat(sent.get("filter_vars").get("wf_host").asText()).isEqualTo("web-01");
        assertThat(sent.get("filter_vars").get("wf_service").asText()).isEqualTo("checkout-api");
    }

    @Test
    void acknowledgingAnAcknowledgedProblemIsRejectedWithIcingasReason() {
        routes.on("/v1/objects/comments", json("{\"results\":[]}"))
                .on("/v1/actions/acknowledge-problem", json(409, Fixtures.read("icinga/acknowledge-409-already.json")));
        connector(Map.of());
        ActionOutcome outcome = connector.perform(ack("web-01!checkout-api"), noContext());
        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("Service web-01!checkout-api is already acknowledged.", Optional.of(409)));
    }

    @Test
    void acknowledgingAnOkServiceIsRejected() {
        routes.on("/v1/objects/comments", json("{\"results\":[]}"))
                .on("/v1/actions/acknowledge-problem", json(409, Fixtures.read("icinga/acknowledge-409-ok.json")));
        connector(Map.of());
        assertThat(connector.perform(ack("web-01!http"), noContext()))
                .isEqualTo(new ActionOutcome.Rejected("Service web-01!http is OK.", Optional.of(409)));
    }

    @Test
    void aRetriedAcknowledgementIsNotWrittenTwice() {
        String comments = Fixtures.read("icinga/ack-comments.json").replace("\"on it\"", "\"looking [wf:a-1]\"");
        routes.on("/v1/objects/comments", json(comments));
        connector(Map.of());
        ActionOutcome outcome = connector.perform(ack("web-01!checkout-api"), noContext());
        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(outcome.summary()).contains("already done");
        assertThat(routes.to("/v1/actions/acknowledge-problem")).isEmpty();
    }

    @Test
    void annotateAddsACommentAndUnackRemovesTheAcknowledgement() throws Exception {
        routes.on("/v1/objects/comments", json("{\"results\":[]}"))
                .on("/v1/actions/add-comment", fixture("icinga/add-comment.json"))
                .on("/v1/actions/remove-acknowledgement", fixture("icinga/remove-acknowledgement.json"));
        connector(Map.of());
        TargetRef target = ack("web-01!checkout-api").target();
        ActionOutcome note = connector.perform(new OperatorAction.Annotate("n-1", OP, target, Fixtures.NOW,
                "customer impact confirmed", false), noContext());
        assertThat(note).isInstanceOfSatisfying(ActionOutcome.Accepted.class, a -> assertThat(a.reference())
                .hasValue("web-01!checkout-api!0020cc6f-ce5d-44ac-8f62-2bc383a5254c"));
        assertThat(body(routes.to("/v1/actions/add-comment").get(0)).get("comment").asText())
                .isEqualTo("customer impact confirmed [wf:n-1]");

        ActionOutcome unack = connector.perform(new OperatorAction.Unacknowledge("u-1", OP, target, Fixtures.NOW), noContext());
        assertThat(unack).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(body(routes.to("/v1/actions/remove-acknowledgement").get(0)).get("author").asText()).isEqualTo("night-op");
    }

    @Test
    void hostTargetsAreAddressedAsHosts() throws Exception {
        routes.on("/v1/objects/comments", json("{\"results\":[]}"))
                .on("/v1/actions/acknowledge-problem", json("{\"results\":[{\"code\":200,\"status\":\"ok\"}]}"));
        connector(Map.of());
        connector.perform(ack("db-02"), noContext());
        JsonNode sent = body(routes.to("/v1/actions/acknowledge-problem").get(0));
        assertThat(sent.get("type").asText()).isEqualTo("Host");
        assertThat(sent.get("filter").asText()).isEqualTo("host.name == wf_host");
    }

    /** Waits up to 5 s for the stream thread to reach a condition (this module has no Awaitility). */
    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void everyRecordedStreamEventTriggersARead() {
        String stream = Fixtures.read("icinga/events-stream.ndjson");
        routes.on("/v1/events", new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(stream).build());
        connector(Map.of());
        AtomicInteger changes = new AtomicInteger();
        connector.onUpstreamChange(changes::incrementAndGet);
        // one read on connect, one per recorded event (StateChange, CommentAdded, AcknowledgementSet, CommentAdded,
        // AcknowledgementCleared)
        awaitTrue(() -> connector.streamEvents() >= 5 && changes.get() >= 6);
        RecordedRequest r = routes.to("/v1/events").get(0);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().queryParameter("queue")).startsWith("watchfloor-icinga-");
        assertThat(r.getUrl().queryParameterValues("types"))
                .containsExactly("StateChange", "AcknowledgementSet", "AcknowledgementCleared", "CommentAdded");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo(okhttp3.Credentials.basic("watchfloor", "s3cret"));
    }

    @Test
    void theStreamReconnectsAfterAFailure() {
        routes.on("/v1/events", json(503, "{\"error\":503,\"status\":\"Icinga is reloading\"}"),
                new MockResponse.Builder().code(200).body("{\"type\":\"StateChange\",\"host\":\"web-01\"}\n").build());
        connector(Map.of());
        AtomicInteger changes = new AtomicInteger();
        connector.onUpstreamChange(changes::incrementAndGet);
        awaitTrue(() -> connector.streamEvents() >= 1);
        assertThat(routes.to("/v1/events").size()).isGreaterThanOrEqualTo(2);
        assertThat(changes.get()).isGreaterThanOrEqualTo(2);
    }
}
