package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.servicenow.DeskReplies.error;
import static io.watchfloor.connectors.servicenow.DeskReplies.written;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.ALICE;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.DESK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Service;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Opening a ServiceNow incident from an alert, linked through correlation_id. */
class ServiceNowCreateIncidentTest {
    private static final String FP = "a3f1c0d9e2b4c5f6";
    private static final Alert ALERT = new Alert(SourceId.of("am"), FP, "CheckoutErrorRateHigh",
            Map.of("alertname", "CheckoutErrorRateHigh", "service", "checkout", "severity", "critical"),
            "5xx above 5% for 10m", Severity.CRITICAL, "checkout", Instant.parse("2026-08-20T09:50:00Z"),
            Optional.empty(), AlertState.FIRING, List.of(), Optional.empty());
    private static final Service CHECKOUT = new Service("checkout", "Checkout", "global", Criticality.TIER_1, 0.9995,
            BigDecimal.TEN, "EUR");
    private static final ActionContext CONTEXT = new ActionContext(Optional.of(ALERT), Optional.empty(), Optional.of(CHECKOUT));
    private static final OperatorAction.CreateIncident CREATE = new OperatorAction.CreateIncident("c-1", ALICE,
            TargetRef.of(ALERT), NOW, DESK, "Checkout returns 5xx", Priority.P2);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private int taken;

    private ActionConnector desk() {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)),
                Map.of()), SHARED, CLOCK, Fixtures.NO_ENV);
    }

    /** The requests received since the last call. */
    List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    private static String linked(String number, String state, String correlation, String description) {
        return "{\"result\":[{\"sys_id\":\"0123456789abcdef0123456789abcdef\",\"number\":\"" + number + "\",\"state\":\""
                + state + "\",\"correlation_id\":\"" + correlation + "\",\"description\":\"" + description + "\"}]}";
    }

    @Test
    void opensAnIncidentLinkedToTheAlertThroughCorrelationId() throws Exception {
        server.enqueue(Fixtures.json("{\"result\":[]}"));
        server.enqueue(written(201, "INC0010050", ""));

        ActionOutcome outcome = desk().perform(CREATE, CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("opened INC0010050 (P2) for CheckoutErrorRateHigh",
                Optional.of("INC0010050")));
        List<RecordedRequest> sent = requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getMethod()).isEqualTo("GET");
        assertThat(sent.get(0).getUrl().queryParameter("sysparm_query")).isEqualTo("correlation_id=am/" + FP);
        RecordedRequest post = sent.get(1);
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getUrl().encodedPath()).isEqualTo("/api/now/table/incident");
        assertThat(post.getUrl().queryParameter("sysparm_input_display_value")).isEqualTo("true");
        JsonNode body = ServiceNowActionsTest.body(post);
        assertThat(body.get("short_description").asText()).isEqualTo("Checkout returns 5xx");
        assertThat(body.get("impact").asText()).isEqualTo("1");
        assertThat(body.get("urgency").asText()).isEqualTo("2");
        assertThat(body.get("correlation_id").asText()).isEqualTo("am/" + FP);
        assertThat(body.get("business_service").asText()).isEqualTo("Checkout");
        assertThat(body.get("caller_id").asText()).isEqualTo("alice");
        assertThat(body.get("description").asText()).contains("Alert CheckoutErrorRateHigh (am/" + FP + ")",
                "Summary: 5xx above 5% for 10m", "  service=checkout", "Fingerprint: " + FP, "[wf:c-1]");
        assertThat(body.get("work_notes").asText())
                .isEqualTo("Opened by alice via Watchfloor from alert CheckoutErrorRateHigh (am/" + FP + ") [wf:c-1]");
    }

    @Test
    void anIncidentAlreadyOpenedByThisActionIsNotOpenedTwice() throws Exception {
        server.enqueue(Fixtures.json(linked("INC0010050", "1", "am/" + FP, "Alert ... Opened by alice via Watchfloor [wf:c-1]")));

        ActionOutcome outcome = desk().perform(CREATE, CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("already opened INC0010050", Optional.of("INC0010050")));
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET");
    }

    @Test
    void anAlertAlreadyLinkedToAnOpenIncidentIsRefused() throws Exception {
        server.enqueue(Fixtures.json(linked("INC0010049", "2", "am/" + FP, "opened by someone else")));

        ActionOutcome outcome = desk().perform(CREATE, CONTEXT);

        assertThat(outcome.summary()).isEqualTo("rejected: CheckoutErrorRateHigh is already linked to open incident INC0010049");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void rowsOfOtherAlertsAreIgnoredWhenTheDeskIgnoresTheQuery() throws Exception {
        server.enqueue(Fixtures.json(linked("INC0010001", "2", "", "unrelated")));
        server.enqueue(written(201, "INC0010051", ""));

        assertThat(desk().perform(CREATE, CONTEXT)).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "POST");
    }

    @Test
    void aCallerTheDeskDoesNotKnowIsLeftOutAndThePostRepeatedOnce() throws Exception {
        server.enqueue(Fixtures.json("{\"result\":[]}"));
        server.enqueue(error(400, "Invalid reference", "caller_id: no record named 'alice'"));
        server.enqueue(written(201, "INC0010052", ""));

        ActionOutcome outcome = desk().perform(CREATE, CONTEXT);

        assertThat(outcome.summary()).isEqualTo("accepted: opened INC0010052 (P2) for CheckoutErrorRateHigh without "
                + "caller_id, unknown to the desk");
        List<RecordedRequest> sent = requests();
        assertThat(ServiceNowActionsTest.body(sent.get(1)).has("caller_id")).isTrue();
        assertThat(ServiceNowActionsTest.body(sent.get(2)).has("caller_id")).isFalse();
        assertThat(ServiceNowActionsTest.body(sent.get(2)).get("business_service").asText()).isEqualTo("Checkout");
    }

    @Test
    void otherValidationErrorsAreRejected() {
        server.enqueue(Fixtures.json("{\"result\":[]}"));
        server.enqueue(error(403, "Operation Failed", "Data Policy Exception: Category is mandatory"));

        ActionOutcome outcome = desk().perform(CREATE, CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("Operation Failed (Data Policy Exception: Category is "
                + "mandatory)", Optional.of(403)));
    }

    @Test
    void anIncidentForAnotherDeskIsRefusedWithoutARequest() {
        OperatorAction other = new OperatorAction.CreateIncident("c-2", ALICE, TargetRef.of(ALERT), NOW,
                SourceId.of("snow-2"), "x", Priority.P3);

        assertThat(desk().perform(other, CONTEXT)).isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void priorityBecomesImpactAndUrgencyOfTheStandardLookup() {
        for (Priority p : Priority.values()) {
            Map<String, String> iu = IncidentPatch.impactUrgency(p);
            assertThat(Integer.parseInt(iu.get("impact")) + Integer.parseInt(iu.get("urgency")) - 1)
                    .as(p.name()).isEqualTo(p.code());
        }
        assertThat(IncidentPatch.impactUrgency(Priority.P3)).containsEntry("impact", "2").containsEntry("urgency", "2");
    }
}
