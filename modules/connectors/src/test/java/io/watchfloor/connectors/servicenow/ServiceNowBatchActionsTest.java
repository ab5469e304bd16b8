package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.servicenow.DeskReplies.INC1;
import static io.watchfloor.connectors.servicenow.DeskReplies.incident;
import static io.watchfloor.connectors.servicenow.DeskReplies.journal;
import static io.watchfloor.connectors.servicenow.DeskReplies.listed;
import static io.watchfloor.connectors.servicenow.DeskReplies.written;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.ALICE;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.DESK;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.NO_CONTEXT;
import static io.watchfloor.connectors.servicenow.ServiceNowActionsTest.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.PlannedAction;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Several incident actions performed as one batch: one read of their incidents, then a write each. */
class ServiceNowBatchActionsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private int taken;
    private static final String INC2 = "1c741bd70b2322007518478d83673af3";
    private static final TargetRef SECOND = new TargetRef(DESK, TargetRef.Type.INCIDENT, INC2, "INC0010002");

    private ActionConnector desk() {
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)),
                SourceConfig.Auth.NONE, Map.of("timeout", "250ms")), SHARED, CLOCK, name -> Optional.empty());
    }

    /** The requests received since the last call. */
    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    private static OperatorAction note(String id, TargetRef target) {
        return new OperatorAction.Annotate(id, ALICE, target, NOW, "restarted pod", false);
    }

    private static PlannedAction firstTry(OperatorAction action) {
        return new PlannedAction(action, NO_CONTEXT.firstTry());
    }

    @Test
    void firstTriesReadTheirIncidentsInOneRequestThenWriteEach() throws Exception {
        server.enqueue(listed(incident("2", "3").as(INC2, "INC0010002"), incident("1", "3")));
        server.enqueue(written(200, "INC0010001", ""));
        server.enqueue(written(200, "INC0010002", ""));

        List<ActionOutcome> outcomes = desk().performAll(List.of(firstTry(note("b-1", TARGET)),
                firstTry(note("b-2", SECOND))), () -> true);

        assertThat(outcomes).hasSize(2).allSatisfy(o -> assertThat(o).isInstanceOf(ActionOutcome.Accepted.class));
        assertThat(outcomes).extracting(o -> ((ActionOutcome.Accepted) o).reference().orElse(""))
                .as("each judged on its own incident's read").containsExactly("INC0010001", "INC0010002");
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("GET", "PATCH", "PATCH");
        RecordedRequest read = sent.get(0);
        assertThat(read.getUrl().encodedPath()).isEqualTo("/api/now/table/incident");
        assertThat(read.getUrl().queryParameter("sysparm_query")).isEqualTo("sys_idIN" + INC1 + "," + INC2);
        assertThat(read.getUrl().queryParameter("sysparm_display_value")).isEqualTo("all");
        assertThat(read.getUrl().queryParameter("sysparm_limit")).isEqualTo("2");
        assertThat(read.getUrl().queryParameter("sysparm_fields")).contains("state", "assigned_to")
                .doesNotContain("work_notes", "comments");
        assertThat(sent.get(1).getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC1);
        assertThat(ServiceNowActionsTest.body(sent.get(1)).get("work_notes").asText()).endsWith("[wf:b-1]");
        assertThat(sent.get(2).getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC2);
        assertThat(ServiceNowActionsTest.body(sent.get(2)).get("work_notes").asText()).endsWith("[wf:b-2]");
    }

    @Test
    void anIncidentSettledInTheBatchReadIsRefusedWithoutAWrite() throws Exception {
        server.enqueue(listed(incident("1", "3"), incident("6", "3").as(INC2, "INC0010002")));
        server.enqueue(written(200, "INC0010001", ""));

        List<ActionOutcome> outcomes = desk().performAll(List.of(firstTry(note("b-3", TARGET)),
                firstTry(note("b-4", SECOND))), () -> true);

        assertThat(outcomes.get(0)).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(((ActionOutcome.Rejected) outcomes.get(1)).reason()).contains("INC0010002 was resolved upstream");
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "PATCH");
    }

    @Test
    void anIncidentTheListLeavesOutIsReadOnItsOwnAndRowsNotAskedForAreIgnored() throws Exception {
        // A desk that ignored the query would list other incidents; one asked for may be missing (deleted).
        server.enqueue(listed(incident("6", "3").as("ffffffffffffffffffffffffffffffff", "INC0019999"),
                incident("1", "3")));
        server.enqueue(written(200, "INC0010001", ""));
        server.enqueue(incident("1", "3").as(INC2, "INC0010002").reply());
        server.enqueue(written(200, "INC0010002", ""));

        List<ActionOutcome> outcomes = desk().performAll(List.of(firstTry(note("b-5", TARGET)),
                firstTry(note("b-6", SECOND))), () -> true);

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ActionOutcome.Accepted.class));
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("GET", "PATCH", "GET", "PATCH");
        assertThat(sent.get(2).getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC2);
    }

    @Test
    void aRetryInABatchStillReadsItsIncidentWithTheJournalAndLooksForItsMarker() throws Exception {
        server.enqueue(incident("2", "3").reply());
        server.enqueue(journal("restarted pod [wf:b-7]"));
        server.enqueue(incident("2", "3").as(INC2, "INC0010002").reply());
        server.enqueue(written(200, "INC0010002", ""));

        List<ActionOutcome> outcomes = desk().performAll(List.of(new PlannedAction(note("b-7", TARGET), NO_CONTEXT),
                firstTry(note("b-8", SECOND))), () -> true);

        assertThat(((ActionOutcome.Accepted) outcomes.get(0)).detail()).contains("already done");
        assertThat(outcomes.get(1)).isInstanceOf(ActionOutcome.Accepted.class);
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath()).containsExactly(
                "GET /api/now/table/incident/" + INC1, "GET /api/now/table/sys_journal_field",
                "GET /api/now/table/incident/" + INC2, "PATCH /api/now/table/incident/" + INC2);
        assertThat(sent.get(0).getUrl().queryParameter("sysparm_fields")).contains("work_notes", "comments");
    }

    @Test
    void aBatchStopsWhenToldAndLeavesTheRestUnperformed() throws Exception {
        server.enqueue(listed(incident("2", "3"), incident("2", "3").as(INC2, "INC0010002")));
        server.enqueue(written(200, "INC0010001", ""));
        AtomicInteger asked = new AtomicInteger();

        List<ActionOutcome> outcomes = desk().performAll(List.of(firstTry(note("b-9", TARGET)),
                firstTry(note("b-10", SECOND))), () -> asked.incrementAndGet() == 1);

        assertThat(outcomes).hasSize(1);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "PATCH");
    }
}
