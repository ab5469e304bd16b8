package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.json;
import static io.watchfloor.connectors.alertmanager.AlertmanagerActionsTest.ALERT;
import static io.watchfloor.connectors.alertmanager.AlertmanagerActionsTest.parse;
import static io.watchfloor.connectors.alertmanager.AlertmanagerActionsTest.silence;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.LabelMatcher;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * First tries (ADR 0009) judged on the board's recent read instead of a read of the alert's silences (ADR 0013):
 * one request per acknowledgement and silence, while retries and stale boards still read first.
 */
class AlertmanagerFirstTryTest {
    private static final Operator ALICE = new Operator("alice", Role.OPERATOR);
    private static final TargetRef TARGET = TargetRef.of(ALERT);
    private static final ActionContext READ_1S_AGO = new ActionContext(Optional.of(ALERT), Optional.empty(),
            Optional.empty()).withReadAt(NOW.minusSeconds(1));
    private static final String SILENCE_ID = "5c1e0d2a-0000-4000-8000-000000000007";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ActionConnector alertmanager() {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER,
                List.of(Fixtures.base(server)), Map.of("timeout", "250ms")), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        while (out.size() < server.getRequestCount()) {
            out.add(server.takeRequest());
        }
        return out;
    }

    private static OperatorAction.Acknowledge ack(String id) {
        return new OperatorAction.Acknowledge(id, ALICE, TARGET, NOW.minusSeconds(30), Duration.ofMinutes(15),
                Optional.of("on it"));
    }

    @Test
    void aFirstAcknowledgementOnARecentBoardIsOneRequest() throws Exception {
        server.enqueue(json("{\"silenceID\":\"" + SILENCE_ID + "\"}"));

        ActionOutcome outcome = alertmanager().perform(ack("k-21"), READ_1S_AGO.firstTry());

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("acknowledged by silence " + SILENCE_ID
                + " until 2026-08-20T10:20:00Z", Optional.of(SILENCE_ID)));
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("POST");
        assertThat(sent.get(0).getTarget()).isEqualTo("/api/v2/silences");
        assertThat(parse(sent.get(0).getBody().utf8())).isEqualTo(parse("{\"matchers\":[{\"name\":\"alertname\","
                + "\"value\":\"InstanceDown\",\"isRegex\":false,\"isEqual\":true},{\"name\":\"instance\",\"value\":"
                + "\"10.0.0.5:9100\",\"isRegex\":false,\"isEqual\":true},{\"name\":\"job\",\"value\":\"node\","
                + "\"isRegex\":false,\"isEqual\":true},{\"name\":\"severity\",\"value\":\"critical\",\"isRegex\":false,"
                + "\"isEqual\":true}],\"startsAt\":\"2026-08-20T10:05:00Z\",\"endsAt\":\"2026-08-20T10:20:00Z\","
                + "\"createdBy\":\"alice\",\"comment\":\"ACK! acknowledged by alice via Watchfloor: on it [wf:k-21]\"}"));
    }

    @Test
    void aFirstAcknowledgementOfAnAlertTheBoardShowsAcknowledgedByAnotherIsRefusedWithoutRequests() {
        Alert taken = new Alert(ALERT.source(), ALERT.fingerprint(), ALERT.name(), ALERT.labels(), ALERT.summary(),
                ALERT.severity(), ALERT.service(), ALERT.startsAt(), ALERT.endedAt(), ALERT.state(), List.of("s-40"),
                Optional.of(new Acknowledgement("bob", NOW.minusSeconds(60), Optional.of(NOW.plusSeconds(3600)), "s-40")));
        ActionContext board = new ActionContext(Optional.of(taken), Optional.empty(), Optional.empty())
                .withReadAt(NOW.minusSeconds(1)).firstTry();

        ActionOutcome outcome = alertmanager().perform(ack("k-22"), board);

        assertThat(outcome.summary()).isEqualTo("rejected: InstanceDown (" + ALERT.fingerprint()
                + ") is already acknowledged by bob until 2026-08-20T11:05:00Z (silence s-40)");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aFirstAcknowledgementOnABoardReadTooLongAgoReadsTheSilencesFirst() throws Exception {
        server.enqueue(json("[" + silence("s-41", "active", "bob", "ACK! acknowledged by bob via Watchfloor [wf:b]",
                "2026-08-20T10:04:59Z") + "]"));
        ActionContext stale = new ActionContext(Optional.of(ALERT), Optional.empty(), Optional.empty())
                .withReadAt(NOW.minus(SilenceActions.BOARD_READ_FOR).minusMillis(1)).firstTry();

        ActionOutcome outcome = alertmanager().perform(ack("k-23"), stale);

        assertThat(outcome.summary()).isEqualTo("rejected: InstanceDown (" + ALERT.fingerprint()
                + ") is already acknowledged by bob until 2026-08-20T11:00:00Z (silence s-41)");
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET");
    }

    @Test
    void aFirstAcknowledgementWithoutABoardReadTimeReadsTheSilencesFirst() throws Exception {
        server.enqueue(json("[]"));
        server.enqueue(json("{\"silenceID\":\"" + SILENCE_ID + "\"}"));
        ActionContext unknown = new ActionContext(Optional.of(ALERT), Optional.empty(), Optional.empty()).firstTry();

        alertmanager().perform(ack("k-24"), unknown);

        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
    }

    @Test
    void aRetriedAcknowledgementStillFindsItsEarlierSilenceOnARecentBoard() throws Exception {
        server.enqueue(json("[" + silence("s-42", "active", "alice",
                "ACK! acknowledged by alice via Watchfloor: on it [wf:k-25]", "2026-08-20T10:04:00Z") + "]"));

        ActionOutcome outcome = alertmanager().perform(ack("k-25"), READ_1S_AGO);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("already acknowledged by silence s-42 until "
                + "2026-08-20T11:00:00Z", Optional.of("s-42")));
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("GET");
        assertThat(sent.get(0).getUrl().encodedPath()).isEqualTo("/api/v2/silences");
    }

    @Test
    void aFirstSilenceIsOneRequestAndARetriedOneReadsFirst() throws Exception {
        OperatorAction silence = new OperatorAction.Silence("k-26", ALICE, TARGET, NOW, Duration.ofHours(1),
                "disk swap on node-5", List.of(LabelMatcher.exact("instance", "10.0.0.5:9100")));
        ActionContext gone = new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());
        server.enqueue(json("{\"silenceID\":\"s-43\"}"));
        server.enqueue(json("[" + silence("s-43", "active", "alice", "disk swap on node-5 [wf:k-26]",
                "2026-08-20T10:05:00Z") + "]"));
        ActionConnector am = alertmanager();

        ActionOutcome first = am.perform(silence, gone.firstTry());
        ActionOutcome retry = am.perform(silence, gone);

        assertThat(first.summary()).isEqualTo("accepted: silenced by silence s-43 until 2026-08-20T11:05:00Z");
        assertThat(retry.summary()).isEqualTo("accepted: already silenced by silence s-43 until 2026-08-20T11:00:00Z");
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("POST", "GET");
    }
}
