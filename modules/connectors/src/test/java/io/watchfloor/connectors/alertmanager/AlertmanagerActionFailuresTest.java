package io.watchfloor.connectors.alertmanager;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Alertmanager's refusals, transport trouble and HA replicas while writing silences. */
class AlertmanagerActionFailuresTest {
    private static final OperatorAction ACK = new OperatorAction.Acknowledge("f-1", new Operator("alice", Role.OPERATOR),
            TargetRef.of(AlertmanagerActionsTest.ALERT), NOW, Duration.ofMinutes(15), Optional.empty());
    private static final ActionContext ON_BOARD = new ActionContext(Optional.of(AlertmanagerActionsTest.ALERT),
            Optional.empty(), Optional.empty());

    @StartStop
    private final MockWebServer server = new MockWebServer();
    @StartStop
    private final MockWebServer replicaB = new MockWebServer();

    private static ActionConnector alertmanager(String... urls) {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.ALERTMANAGER, List.of(urls),
                Map.of("timeout", "250ms")), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private ActionOutcome ackWhenThePostIsAnswered(MockResponse answer) {
        server.enqueue(json("[]"));
        server.enqueue(answer);
        return alertmanager(Fixtures.base(server)).perform(ACK, ON_BOARD);
    }

    @Test
    void validationErrorIsRejectedWithAlertmanagersOwnWords() {
        ActionOutcome outcome = ackWhenThePostIsAnswered(json(400,
                "\"Failed to create silence: end time can't be in the past\""));

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("Failed to create silence: end time can't be in the past",
                Optional.of(400)));
    }

    @Test
    void schemaErrorIsRejectedWithItsMessage() {
        ActionOutcome outcome = ackWhenThePostIsAnswered(json(422, "{\"code\":602,\"message\":\"createdBy in body is required\"}"));

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("createdBy in body is required", Optional.of(422)));
    }

    @Test
    void serverErrorFailsWithAnUnknownOutcome() {
        ActionOutcome outcome = ackWhenThePostIsAnswered(json(500, "\"failed to gossip\""));

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isTrue();
        assertThat(outcome.summary()).contains("HTTP 500", "failed to gossip");
    }

    @Test
    void timeoutAfterSendingFailsWithAnUnknownOutcomeAndIsNotSentToAnotherReplica() {
        server.enqueue(json("[]"));
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS)
                .addHeader("Content-Type", "application/json").body("{\"silenceID\":\"late\"}").build());

        ActionOutcome outcome = alertmanager(Fixtures.base(server), Fixtures.base(replicaB)).perform(ACK, ON_BOARD);

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isTrue();
        assertThat(replicaB.getRequestCount()).isZero();
    }

    @Test
    void unreachableClusterFailsAndNothingWasApplied() {
        ActionOutcome outcome = alertmanager(Fixtures.refusedUrl()).perform(ACK, ON_BOARD);

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isFalse();
        assertThat(outcome.summary()).contains("cannot connect");
    }

    @Test
    void writeGoesToTheFirstReplicaThatConnects() throws Exception {
        replicaB.enqueue(json("[]"));
        replicaB.enqueue(json("{\"silenceID\":\"from-b\"}"));

        ActionOutcome outcome = alertmanager(Fixtures.refusedUrl(), Fixtures.base(replicaB)).perform(ACK, ON_BOARD);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("acknowledged by silence from-b until 2026-08-20T10:20:00Z",
                Optional.of("from-b")));
        assertThat(replicaB.takeRequest().getMethod()).isEqualTo("GET");
        assertThat(replicaB.takeRequest().getMethod()).isEqualTo("POST");
    }

    @Test
    void readFailureBeforeWritingFailsAndNothingWasApplied() {
        server.enqueue(json(503, "\"not ready\""));

        ActionOutcome outcome = alertmanager(Fixtures.base(server)).perform(ACK, ON_BOARD);

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
