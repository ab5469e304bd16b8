package io.watchfloor.connectors.rt;

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
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The RT connector against payloads recorded from a real Request Tracker 5.0.3 (fixtures/rt). */
class RtConnectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** One hour after the recorded tickets were created (2026-11-27T01:51:47Z). */
    private static final Instant NOW = Instant.parse("2026-11-27T02:51:47Z");
    private static final Operator LEAD = new Operator("night-lead", Role.LEAD);
    private static final String EMPTY_PAGE = "{\"page\":1,\"count\":0,\"per_page\":100,\"total\":0,\"items\":[]}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final Routes routes = new Routes();

    /** Answers by "METHOD path", recording every request; a list of answers is served in order. */
    private static final class Routes extends Dispatcher {
        final Map<String, List<MockResponse>> answers = new HashMap<>();
        final List<RecordedRequest> requests = new ArrayList<>();

        Routes on(String methodAndPath, MockResponse... responses) {
            answers.put(methodAndPath, new ArrayList<>(List.of(responses)));
            return this;
        }

        @Override
        public synchronized MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            List<MockResponse> list = answers.get(request.getMethod() + " " + request.getUrl().encodedPath());
            if (list == null || list.isEmpty()) {
                return json(404, "{\"message\":\"Resource does not exist; use POST to create\"}");
            }
            return list.size() == 1 ? list.get(0) : list.remove(0);
        }

        synchronized List<RecordedRequest> to(String methodAndPath) {
            return requests.stream().filter(r -> (r.getMethod() + " " + r.getUrl().encodedPath()).equals(methodAndPath)).toList();
        }
    }

    private SourceConnector connector(Map<String, String> options) {
        server.setDispatcher(routes);
        SourceConfig cfg = new SourceConfig(SourceId.of("rt"), SourceKind.RT, List.of(Fixtures.base(server)), Duration.ofSeconds(5),
                new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("RT_TOKEN")), Optional.empty(), options);
        return Connectors.create(cfg, SHARED, Clock.fixed(NOW, ZoneOffset.UTC), n -> n.equals("RT_TOKEN") ? Optional.of("1-27-abc") : Optional.empty());
    }

    private List<Incident> incidents(SourceConnector c) throws SourceException {
        return ((SourceEvent.IncidentsObserved) c.poll().get(0)).incidents();
    }

    @Test
    void activeTicketsBecomeIncidentsWithTheirDueAsACountdown() throws Exception {
        routes.on("GET /REST/2.0/tickets", fixture("rt/tickets-active.json"))
                .on("GET /REST/2.0/ticket/1/history", fixture("rt/history-1.json"))
                .on("GET /REST/2.0/ticket/2/history", json(EMPTY_PAGE));
        List<Incident> incidents = incidents(connector(Map.of()));

        assertThat(incidents).extracting(Incident::number).containsExactly("1", "2");
        Incident checkout = incidents.get(0);
        assertThat(checkout.title()).isEqualTo("Checkout returns HTTP 503");
        assertThat(checkout.priority()).isEqualTo(Priority.P2);
        assertThat(checkout.state()).isEqualTo(IncidentState.NEW);
        assertThat(checkout.assignee()).as("Nobody is no one").isEmpty();
        assertThat(checkout.acknowledgement()).isEmpty();
        assertThat(checkout.group()).hasValue("Service Desk");
        SlaClock due = checkout.clocks().get(0);
        assertThat(due.origin()).isEqualTo(ClockOrigin.DESK);
        assertThat(due.name()).isEqualTo("SLA noc-p1 (resolve by Due)");
        assertThat(due.breachAt()).isEqualTo(Instant.parse("2026-11-27T05:51:47Z"));
        assertThat(due.target()).isEqualTo(Duration.ofHours(4));
        assertThat(due.remainingAt(NOW)).isEqualTo(Duration.ofHours(3));
        assertThat(due.stateAt(Instant.parse("2026-11-27T06:00:00Z"))).isEqualTo(ClockState.BREACHED);
        assertThat(checkout.timeline()).extracting(e -> e.kind())
                .contains("opened", "assigned", "priority", "queue", "comment", "reply", "state")
                .doesNotContain("emailrecord");
        assertThat(checkout.timeline().get(0).who()).hasValue("watchfloor");

        Incident printer = incidents.get(1);
        assertThat(printer.priority()).isEqualTo(Priority.P5);
        assertThat(printer.clocks().get(0).target()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void readsSendRtTokenAuthAndTheActiveQueueQuery() throws Exception {
        routes.on("GET /REST/2.0/tickets", json(EMPTY_PAGE));
        incidents(connector(Map.of("queues", "Service Desk,NOC Tier 2")));
        RecordedRequest r = routes.to("GET /REST/2.0/tickets").get(0);
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("token 1-27-abc");
        assertThat(r.getUrl().queryParameter("query"))
                .isEqualTo("Status = '__Active__' AND (Queue = 'Service Desk' OR Queue = 'NOC Tier 2')");
        assertThat(r.getUrl().queryParameter("fields[Queue]")).isEqualTo("Name");
    }

    @Test
    void anOwnedTicketReadsAcknowledgedByItsOwner() throws Exception {
        routes.on("GET /REST/2.0/tickets", fixture("rt/tickets-after-escalation.json"))
                .on("GET /REST/2.0/ticket/1/history", json(EMPTY_PAGE))
                .on("GET /REST/2.0/ticket/2/history", json(EMPTY_PAGE));
        Incident checkout = incidents(connector(Map.of())).get(0);
        assertThat(checkout.assignee()).hasValue("watchfloor");
        assertThat(checkout.acknowledgement()).hasValueSatisfying(a -> assertThat(a.by()).isEqualTo("watchfloor"));
        assertThat(checkout.group()).hasValue("NOC Tier 2");
        assertThat(checkout.priority()).isEqualTo(Priority.P1);
        assertThat(checkout.state()).isEqualTo(IncidentState.IN_PROGRESS);
    }

    @Test
    void refusedTokenIsAnAuthFailure() {
        routes.on("GET /REST/2.0/tickets", json(401, Fixtures.read("rt/unauthorized-401.json")));
        assertThatThrownBy(() -> incidents(connector(Map.of()))).isInstanceOfSatisfying(SourceException.class, e -> {
            assertThat(e.kind()).isEqualTo(SourceException.Kind.AUTH);
            assertThat(e.getMessage()).contains("401").contains("Unauthorized");
        });
    }

    private static TargetRef ticket(String id) {
        return new TargetRef(SourceId.of("rt"), TargetRef.Type.INCIDENT, id, id);
    }

    private static ActionContext none() {
        return new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return JSON.readTree(r.getBody().utf8());
    }

    @Test
    void acknowledgeTakesTheTicketAndCommentsWhoDid() throws Exception {
        routes.on("GET /REST/2.0/ticket/1/attachments", json(EMPTY_PAGE))
                .on("PUT /REST/2.0/ticket/1/take", fixture("rt/take.json"))
                .on("POST /REST/2.0/ticket/1/comment", fixture("rt/comment.json"));
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of())).perform(
                new OperatorAction.Acknowledge("a-1", LEAD, ticket("1"), NOW, Duration.ofHours(1), Optional.of("on it")), none());
        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(outcome.summary()).contains("Owner changed from Nobody to watchfloor");
        assertThat(body(routes.to("POST /REST/2.0/ticket/1/comment").get(0)).get("Content").asText())
                .isEqualTo("acknowledged by night-lead via Watchfloor: on it [wf:a-1]");
    }

    @Test
    void escalateMovesQueuePriorityAndSlaThenCommentsTheReason() throws Exception {
        routes.on("GET /REST/2.0/ticket/1/attachments", json(EMPTY_PAGE))
                .on("PUT /REST/2.0/ticket/1", fixture("rt/update-escalate.json"))
                .on("GET /REST/2.0/ticket/1", json(Fixtures.read("rt/ticket-1.json").replace("\"Priority\": \"70\"", "\"Priority\": \"100\"")))
                .on("GET /REST/2.0/tickets", fixture("rt/tickets-after-escalation.json"))
                .on("POST /REST/2.0/ticket/1/comment", fixture("rt/comment.json"));
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of("slaByPriority", "P1=noc-p1"))).perform(
                new OperatorAction.Escalate("e-1", LEAD, ticket("1"), NOW, "checkout down 10 min", 1,
                        Optional.of("NOC Tier 2"), Optional.of(Priority.P1)), none());
        assertThat(outcome).as(outcome.summary()).isInstanceOf(ActionOutcome.Accepted.class);
        JsonNode put = body(routes.to("PUT /REST/2.0/ticket/1").get(0));
        assertThat(put.get("Queue").asText()).isEqualTo("NOC Tier 2");
        assertThat(put.get("Priority").asInt()).isEqualTo(100);
        assertThat(put.get("SLA").asText()).isEqualTo("noc-p1");
        assertThat(body(routes.to("POST /REST/2.0/ticket/1/comment").get(0)).get("Content").asText())
                .isEqualTo("escalated to NOC Tier 2 by night-lead: checkout down 10 min [wf:e-1]");
    }

    @Test
    void aChangeRtDidNotMakeIsRejectedWithRtsMessages() throws Exception {
        routes.on("GET /REST/2.0/ticket/1/attachments", json(EMPTY_PAGE))
                .on("PUT /REST/2.0/ticket/1", fixture("rt/update-bad-queue.json"))
                .on("GET /REST/2.0/ticket/1", fixture("rt/ticket-1.json"))
                .on("GET /REST/2.0/tickets", fixture("rt/tickets-active.json"));
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of())).perform(
                new OperatorAction.Escalate("e-2", LEAD, ticket("1"), NOW, "why not", 1, Optional.of("No Such Queue"),
                        Optional.empty()), none());
        assertThat(outcome).isInstanceOfSatisfying(ActionOutcome.Rejected.class, r ->
                assertThat(r.reason()).isEqualTo("RT did not change Queue: Ticket 1: Queue No Such Queue does not exist"));
        assertThat(routes.to("POST /REST/2.0/ticket/1/comment")).isEmpty();
    }

    @Test
    void aRetriedActionWhoseMarkerIsOnTheTicketIsNotWrittenAgain() {
        routes.on("GET /REST/2.0/ticket/1/attachments", fixture("rt/attachments-1.json"));
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of())).perform(
                new OperatorAction.Escalate("e-1", LEAD, ticket("1"), NOW, "again", 1, Optional.of("NOC Tier 2"), Optional.empty()), none());
        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(outcome.summary()).contains("already done");
        assertThat(routes.to("PUT /REST/2.0/ticket/1")).isEmpty();
    }

    @Test
    void customerVisibleNotesAreCorrespondence() throws Exception {
        routes.on("GET /REST/2.0/ticket/1/attachments", json(EMPTY_PAGE))
                .on("POST /REST/2.0/ticket/1/correspond", fixture("rt/correspond.json"));
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of())).perform(
                new OperatorAction.Annotate("c-9", LEAD, ticket("1"), NOW, "We are working on it", true), none());
        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(body(routes.to("POST /REST/2.0/ticket/1/correspond").get(0)).get("Content").asText())
                .isEqualTo("We are working on it [wf:c-9]");
    }

    @Test
    void anUnknownTicketIsRejectedWithRtsReason() {
        ActionOutcome outcome = ((io.watchfloor.connectors.ActionConnector) connector(Map.of())).perform(
                new OperatorAction.Resolve("r-1", LEAD, ticket("999"), NOW, "fixed", "done"), none());
        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected("Resource does not exist; use POST to create", Optional.of(404)));
    }
}
