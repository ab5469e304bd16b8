package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Acknowledge, unacknowledge and silence written to Alertmanager as silences. */
class AlertmanagerActionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FP = "a3f1c0d9e2b4c5f6";
    private static final Operator ALICE = new Operator("alice", Role.OPERATOR);
    private static final Map<String, String> LABELS = Map.of("alertname", "InstanceDown", "instance", "10.0.0.5:9100",
            "severity", "critical", "job", "node");
    static final Alert ALERT = new Alert(SourceId.of("aler"), FP, "InstanceDown", LABELS, "Instance down",
            Severity.CRITICAL, "node", NOW.minusSeconds(600), Optional.empty(), AlertState.FIRING, List.of(),
            Optional.empty());
    private static final TargetRef TARGET = TargetRef.of(ALERT);
    private static final ActionContext ON_BOARD = new ActionContext(Optional.of(ALERT), Optional.empty(), Optional.empty());
    private static final ActionContext GONE = new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());
    private static final String EXACT_MATCHERS = "[{\"name\":\"alertname\",\"value\":\"InstanceDown\",\"isRegex\":false,"
            + "\"isEqual\":true},{\"name\":\"instance\",\"value\":\"10.0.0.5:9100\",\"isRegex\":false,\"isEqual\":true},"
            + "{\"name\":\"job\",\"value\":\"node\",\"isRegex\":false,\"isEqual\":true},"
            + "{\"name\":\"severity\",\"value\":\"critical\",\"isRegex\":false,\"isEqual\":true}]";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private int taken;

    private static ActionConnector alertmanager(List<String> urls, Map<String, String> options) {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER, urls, options), SHARED, CLOCK,
                Fixtures.NO_ENV);
    }

    private ActionConnector alertmanager() {
        return alertmanager(List.of(Fixtures.base(server)), Map.of("timeout", "250ms"));
    }

    /** The requests received since the last call. */
    List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gettableSilence on the alert's labels (exact alertname), as GET /api/v2/silences returns it. */
    static String silence(String id, String state, String createdBy, String comment, String updatedAt) {
        return "{\"id\":\"" + id + "\",\"status\":{\"state\":\"" + state + "\"},\"updatedAt\":\"" + updatedAt
                + "\",\"comment\":\"" + comment + "\",\"createdBy\":\"" + createdBy + "\",\"startsAt\":\"2026-08-20T09:00:00Z\","
                + "\"endsAt\":\"" + (state.equals("expired") ? updatedAt : "2026-08-20T11:00:00Z") + "\",\"matchers\":"
                + "[{\"name\":\"alertname\",\"value\":\"InstanceDown\",\"isRegex\":false,\"isEqual\":true}]}";
    }

    @Test
    void acknowledgeCreatesASilenceOnEveryLabelOfTheAlertMarkedAsAnAck() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"5c1e0d2a-0000-4000-8000-000000000001\"}"));
        OperatorAction ack = new OperatorAction.Acknowledge("k-1", ALICE, TARGET, NOW, Duration.ofMinutes(15),
                Optional.of("on it"));

        ActionOutcome outcome = alertmanager().perform(ack, ON_BOARD);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("acknowledged by silence "
                + "5c1e0d2a-0000-4000-8000-000000000001 until 2026-08-20T10:20:00Z",
                Optional.of("5c1e0d2a-0000-4000-8000-000000000001")));
        List<RecordedRequest> sent = requests();
        assertThat(sent.get(0).getMethod()).isEqualTo("GET");
        assertThat(sent.get(0).getUrl().encodedPath()).isEqualTo("/api/v2/silences");
        assertThat(sent.get(0).getUrl().queryParameterValues("filter")).containsExactly("alertname=\"InstanceDown\"",
                "instance=\"10.0.0.5:9100\"", "job=\"node\"", "severity=\"critical\"");
        RecordedRequest post = sent.get(1);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getTarget()).isEqualTo("/api/v2/silences");
        assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(parse(post.getBody().utf8())).isEqualTo(parse("{\"matchers\":" + EXACT_MATCHERS + ","
                + "\"startsAt\":\"2026-08-20T10:05:00Z\",\"endsAt\":\"2026-08-20T10:20:00Z\",\"createdBy\":\"alice\","
                + "\"comment\":\"ACK! acknowledged by alice via Watchfloor: on it [wf:k-1]\"}"));
    }

    @Test
    void readsAndWritesCarryTheConfiguredCredentials() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-0\"}"));
        SourceConfig.Auth bearer = new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("AM_TOKEN"));
        ActionConnector am = (ActionConnector) Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER,
                List.of(Fixtures.base(server)), bearer, Map.of()), SHARED, CLOCK, name -> Optional.of("proxy-token"));

        am.perform(new OperatorAction.Acknowledge("k-0", ALICE, TARGET, NOW, Duration.ofMinutes(5), Optional.empty()),
                ON_BOARD);

        assertThat(requests()).hasSize(2).allSatisfy(r ->
                assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer proxy-token"));
    }

    @Test
    void theAckPrefixOptionStartsTheComment() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-1\"}"));

        alertmanager(List.of(Fixtures.base(server)), Map.of("ackPrefix", "ACKED"))
                .perform(new OperatorAction.Acknowledge("k-2", ALICE, TARGET, NOW, Duration.ofMinutes(5), Optional.empty()),
                        ON_BOARD);

        assertThat(parse(requests().get(1).getBody().utf8()).get("comment").asText())
                .isEqualTo("ACKED acknowledged by alice via Watchfloor [wf:k-2]");
    }

    @Test
    void performingTheSameAcknowledgementAgainCreatesNoSecondSilence() throws Exception {
        ActionConnector am = alertmanager();
        OperatorAction ack = new OperatorAction.Acknowledge("k-3", ALICE, TARGET, NOW, Duration.ofMinutes(15), Optional.empty());
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-3\"}"));
        am.perform(ack, ON_BOARD);
        String comment = parse(requests().get(1).getBody().utf8()).get("comment").asText();
        server.enqueue(json("[" + silence("s-3", "active", "alice", comment, "2026-08-20T10:05:00Z") + "]"));

        ActionOutcome again = am.perform(ack, ON_BOARD);

        assertThat(again).isEqualTo(new ActionOutcome.Accepted("already acknowledged by silence s-3 until "
                + "2026-08-20T11:00:00Z", Optional.of("s-3")));
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET");
    }

    @Test
    void anAlertAnotherOperatorAcknowledgedIsRefused() {
        server.enqueue(json("[" + silence("s-4", "active", "bob", "ACK! acknowledged by bob via Watchfloor [wf:z]",
                "2026-08-20T10:00:00Z") + "]"));

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Acknowledge("k-4", ALICE, TARGET, NOW,
                Duration.ofMinutes(15), Optional.empty()), ON_BOARD);

        assertThat(outcome.summary()).isEqualTo("rejected: InstanceDown (" + FP + ") is already acknowledged by bob until "
                + "2026-08-20T11:00:00Z (silence s-4)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAlertNoLongerOnTheBoardCannotBeAcknowledged() {
        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Acknowledge("k-5", ALICE, TARGET, NOW,
                Duration.ofMinutes(15), Optional.empty()), GONE);

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("alert " + FP + " is not on the board (resolved?)",
                Optional.empty()));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void unacknowledgeExpiresOnlyTheAckSilencesOfTheAlert() throws Exception {
        server.enqueue(json("[" + silence("ack-1", "active", "alice", "ACK! acknowledged by alice via Watchfloor [wf:a]",
                "2026-08-20T09:00:00Z") + "," + silence("maint", "active", "dba", "maintenance window",
                "2026-08-20T09:00:00Z") + "," + silence("old-ack", "expired", "bob", "ACK! old", "2026-08-20T09:30:00Z")
                + "]"));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Unacknowledge("k-6", ALICE, TARGET, NOW), ON_BOARD);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("expired acknowledging silence ack-1", Optional.of("ack-1")));
        List<RecordedRequest> sent = requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getMethod()).isEqualTo("DELETE");
        assertThat(sent.get(1).getTarget()).isEqualTo("/api/v2/silence/ack-1");
    }

    @Test
    void unacknowledgingAnAlertThatIsNotAcknowledgedIsRefused() {
        server.enqueue(json("[" + silence("maint", "active", "dba", "maintenance window", "2026-08-20T09:00:00Z") + "]"));

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Unacknowledge("k-7", ALICE, TARGET, NOW), ON_BOARD);

        assertThat(outcome.summary()).isEqualTo("rejected: InstanceDown (" + FP + ") is not acknowledged");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetriedUnacknowledgeFindsItsSilenceAlreadyExpiredAndAccepts() {
        server.enqueue(json("[" + silence("ack-2", "expired", "alice", "ACK! acknowledged by alice via Watchfloor [wf:a]",
                "2026-08-20T10:05:01Z") + "]"));

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Unacknowledge("k-8", ALICE, TARGET, NOW), ON_BOARD);

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void silenceUsesTheOperatorsMatchersDurationAndComment() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-9\"}"));
        OperatorAction silence = new OperatorAction.Silence("k-9", ALICE, TARGET, NOW, Duration.ofHours(2),
                "disk swap on node-5", List.of(LabelMatcher.exact("alertname", "InstanceDown"),
                new LabelMatcher("instance", "10\\.0\\.0\\.5:.*", true, true)));

        ActionOutcome outcome = alertmanager().perform(silence, GONE);

        assertThat(outcome.summary()).isEqualTo("accepted: silenced by silence s-9 until 2026-08-20T12:05:00Z");
        assertThat(parse(requests().get(1).getBody().utf8())).isEqualTo(parse("{\"matchers\":[{\"name\":\"alertname\","
                + "\"value\":\"InstanceDown\",\"isRegex\":false,\"isEqual\":true},{\"name\":\"instance\",\"value\":"
                + "\"10\\\\.0\\\\.0\\\\.5:.*\",\"isRegex\":true,\"isEqual\":true}],\"startsAt\":\"2026-08-20T10:05:00Z\","
                + "\"endsAt\":\"2026-08-20T12:05:00Z\",\"createdBy\":\"alice\",\"comment\":\"disk swap on node-5 [wf:k-9]\"}"));
    }

    @Test
    void silenceAsksOnlyForSilencesWithTheSameMatchersEscapedAsAlertmanagerParsesThem() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-12\"}"));
        OperatorAction silence = new OperatorAction.Silence("k-12", ALICE, TARGET, NOW, Duration.ofHours(1), "why",
                List.of(new LabelMatcher("instance", "10\\.0\\.0\\.5:.*", true, true),
                        new LabelMatcher("job", "say \"hi\"", false, false),
                        new LabelMatcher("team", "db|web", true, false),
                        new LabelMatcher("service.name", "x", false, true)));

        alertmanager().perform(silence, GONE);

        assertThat(requests().get(0).getUrl().queryParameterValues("filter")).containsExactly(
                "instance=~\"10\\\\.0\\\\.0\\\\.5:.*\"", "job!=\"say \\\"hi\\\"\"", "team!~\"db|web\"");
    }

    @Test
    void acknowledgeAlsoReadsTheSilencesTheBoardSawMutingTheAlert() throws Exception {
        Alert muted = new Alert(ALERT.source(), FP, "InstanceDown", LABELS, "Instance down", Severity.CRITICAL, "node",
                NOW.minusSeconds(600), Optional.empty(), AlertState.FIRING, List.of("s-wide"), Optional.empty());
        server.enqueue(json("[]"));
        server.enqueue(json(silence("s-wide", "active", "bob", "ACK! by bob", "2026-08-20T10:00:00Z")));

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Acknowledge("k-13", ALICE, TargetRef.of(muted),
                NOW, Duration.ofMinutes(15), Optional.empty()), new ActionContext(Optional.of(muted), Optional.empty(),
                Optional.empty()));

        assertThat(outcome.summary()).startsWith("rejected: InstanceDown (" + FP + ") is already acknowledged by bob");
        assertThat(requests()).extracting(RecordedRequest::getTarget).element(1).isEqualTo("/api/v2/silence/s-wide");
    }

    @Test
    void aSilenceTheBoardSawThatIsGoneIsIgnored() throws Exception {
        Alert muted = new Alert(ALERT.source(), FP, "InstanceDown", LABELS, "Instance down", Severity.CRITICAL, "node",
                NOW.minusSeconds(600), Optional.empty(), AlertState.FIRING, List.of("s-gone"), Optional.empty());
        server.enqueue(json("[]"));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(404).build());
        server.enqueue(json("{\"silenceID\":\"s-14\"}"));

        ActionOutcome outcome = alertmanager().perform(new OperatorAction.Acknowledge("k-14", ALICE, TargetRef.of(muted),
                NOW, Duration.ofMinutes(15), Optional.empty()), new ActionContext(Optional.of(muted), Optional.empty(),
                Optional.empty()));

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET", "POST");
    }

    @Test
    void silenceWithoutMatchersMutesExactlyTheAlert() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"s-10\"}"));

        alertmanager().perform(new OperatorAction.Silence("k-10", ALICE, TARGET, NOW, Duration.ofHours(1), "noisy",
                List.of()), ON_BOARD);

        assertThat(parse(requests().get(1).getBody().utf8()).get("matchers")).isEqualTo(parse(EXACT_MATCHERS));
    }

    @Test
    void otherVerbsAndIncidentTargetsAreRefused() {
        ActionConnector am = alertmanager();

        assertThat(am.perform(new OperatorAction.Escalate("k-11", ALICE, TARGET, NOW, "why", 1, Optional.empty(),
                Optional.of(Priority.P1)), ON_BOARD).summary()).isEqualTo("rejected: alertmanager cannot escalate an alert");
        TargetRef incident = new TargetRef(SourceId.of("aler"), TargetRef.Type.INCIDENT, "x", "INC1");
        assertThat(am.perform(new OperatorAction.Unacknowledge("k-12", ALICE, incident, NOW), ON_BOARD))
                .isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(server.getRequestCount()).isZero();
        assertThat(am.supports(ActionKind.ACKNOWLEDGE, TargetRef.Type.ALERT)).isTrue();
        assertThat(am.supports(ActionKind.SILENCE, TargetRef.Type.ALERT)).isTrue();
        assertThat(am.supports(ActionKind.RESOLVE, TargetRef.Type.ALERT)).isFalse();
        assertThat(am.supports(ActionKind.ACKNOWLEDGE, TargetRef.Type.INCIDENT)).isFalse();
    }
}
