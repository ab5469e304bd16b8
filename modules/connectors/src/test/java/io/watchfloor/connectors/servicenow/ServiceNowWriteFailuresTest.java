package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.servicenow.DeskReplies.error;
import static io.watchfloor.connectors.servicenow.DeskReplies.incident;
import static io.watchfloor.connectors.servicenow.DeskReplies.journal;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.ALICE;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.NO_CONTEXT;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the desk's refusals and transport trouble become action outcomes. */
class ServiceNowWriteFailuresTest {
    private static final OperatorAction RESOLVE = new OperatorAction.Resolve("f-1", ALICE, TARGET, NOW,
            "Solved (Permanently)", "Fixed");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ActionConnector desk(String url) {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(url),
                Map.of("timeout", "250ms")), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    private ActionOutcome resolveWhenThePatchIsAnswered(MockResponse patchAnswer) {
        server.enqueue(incident("2", "2").reply());
        server.enqueue(journal());
        server.enqueue(patchAnswer);
        return desk(Fixtures.base(server)).perform(RESOLVE, NO_CONTEXT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "400 | Invalid value | close_code: 'x' is not a valid choice",
        "403 | Operation Failed | Data Policy Exception: Close notes are mandatory",
        "404 | No Record found | Record doesn't exist or ACL restricts the record retrieval",
        "409 | Conflict | The record was changed by another user",
    })
    void deskRefusalsAreRejectedWithItsMessageAndStatus(int status, String message, String detail) {
        ActionOutcome outcome = resolveWhenThePatchIsAnswered(error(status, message, detail));

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected(message + " (" + detail + ")", Optional.of(status)));
    }

    @Test
    void refusedCredentialsAreRejectedAsSuch() {
        ActionOutcome outcome = resolveWhenThePatchIsAnswered(error(401, "User Not Authenticated",
                "Required to provide Auth information"));

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("credentials refused (HTTP 401): User Not Authenticated "
                + "(Required to provide Auth information)", Optional.of(401)));
    }

    @Test
    void serverErrorOnTheWriteFailsWithAnUnknownOutcome() {
        ActionOutcome outcome = resolveWhenThePatchIsAnswered(error(500, "Internal Server Error", "Transaction cancelled"));

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isTrue();
        assertThat(((ActionOutcome.Failed) outcome).reason()).contains("HTTP 500", "PATCH", "Transaction cancelled");
    }

    @Test
    void rateLimitFailsAndWasSurelyNotApplied() {
        ActionOutcome outcome = resolveWhenThePatchIsAnswered(new MockResponse.Builder().code(429)
                .addHeader("Retry-After", "30").body("").build());

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isFalse();
        assertThat(outcome.summary()).contains("HTTP 429", "retry after 30s");
    }

    @Test
    void timeoutAfterThePatchWasSentFailsWithAnUnknownOutcome() {
        ActionOutcome outcome = resolveWhenThePatchIsAnswered(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS)
                .addHeader("Content-Type", "application/json").body("{\"result\":{}}").build());

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isTrue();
        assertThat(outcome.summary()).contains("timed out");
    }

    @Test
    void unreachableDeskFailsAndNothingWasApplied() {
        ActionOutcome outcome = desk(Fixtures.refusedUrl()).perform(RESOLVE, NO_CONTEXT);

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isFalse();
        assertThat(outcome.summary()).contains("cannot connect");
    }

    @Test
    void timeoutWhileReadingBeforeTheWriteFailsAndNothingWasApplied() {
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS)
                .addHeader("Content-Type", "application/json").body("{\"result\":{}}").build());

        ActionOutcome outcome = desk(Fixtures.base(server)).perform(RESOLVE, NO_CONTEXT);

        assertThat(outcome).isInstanceOf(ActionOutcome.Failed.class);
        assertThat(((ActionOutcome.Failed) outcome).outcomeUnknown()).isFalse();
    }

    @Test
    void missingIncidentIsRejectedWithoutAWrite() {
        server.enqueue(error(404, "No Record found", "Record doesn't exist or ACL restricts the record retrieval"));

        ActionOutcome outcome = desk(Fixtures.base(server)).perform(RESOLVE, NO_CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected(
                "No Record found (Record doesn't exist or ACL restricts the record retrieval)", Optional.of(404)));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
