package io.watchfloor.connectors.servicenow;

import static io.watchfloor.connectors.Fixtures.CLOCK;
import static io.watchfloor.connectors.Fixtures.NOW;
import static io.watchfloor.connectors.Fixtures.SHARED;
import static io.watchfloor.connectors.servicenow.DeskReplies.INC1;
import static io.watchfloor.connectors.servicenow.DeskReplies.incident;
import static io.watchfloor.connectors.servicenow.DeskReplies.journal;
import static io.watchfloor.connectors.servicenow.DeskReplies.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.Fixtures;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
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
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

/** Incident actions written to ServiceNow: the requests sent, retries that write nothing, conflicts. */
class ServiceNowActionsTest {
    static final SourceId DESK = SourceId.of("serv");
    static final Operator ALICE = new Operator("alice", Role.LEAD);
    static final TargetRef TARGET = new TargetRef(DESK, TargetRef.Type.INCIDENT, INC1, "INC0010001");
    static final ActionContext NO_CONTEXT = new ActionContext(Optional.empty(), Optional.empty(), Optional.empty());

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private int taken;

    ActionConnector desk() {
        SourceConfig.Auth basic = new SourceConfig.Auth(Optional.of("svc_noc"), Optional.of("SNOW_PASSWORD"), Optional.empty());
        return (ActionConnector) Connectors.create(Fixtures.config(SourceKind.SERVICENOW, List.of(Fixtures.base(server)),
                basic, Map.of("timeout", "250ms")), SHARED, CLOCK, name -> Optional.of("s3cret"));
    }

    /** The requests received since the last call. */
    List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (; taken < server.getRequestCount(); taken++) {
            out.add(server.takeRequest());
        }
        return out;
    }

    static JsonNode body(RecordedRequest r) {
        return TablePages.parse(r.getBody().utf8());
    }

    private RecordedRequest performAgainstNewIncident(OperatorAction action, ActionOutcome[] outcome) throws Exception {
        server.enqueue(incident("1", "3").reply());
        server.enqueue(journal());
        server.enqueue(written(200, "INC0010001", ""));
        outcome[0] = desk().perform(action, NO_CONTEXT);
        List<RecordedRequest> sent = requests();
        assertThat(sent).hasSize(3);
        return sent.get(2);
    }

    @Test
    void acknowledgeReadsTheIncidentAndItsJournalThenAssignsTheOperatorInProgressWithAWorkNote() throws Exception {
        server.enqueue(incident("1", "1").reply());
        server.enqueue(journal("Triage started"));
        server.enqueue(written(200, "INC0010001", "alice"));
        OperatorAction ack = new OperatorAction.Acknowledge("a-1", ALICE, TARGET, NOW, Duration.ofMinutes(30),
                Optional.of("looking"));

        ActionOutcome outcome = desk().perform(ack, NO_CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Accepted("INC0010001 acknowledged by alice (In Progress)",
                Optional.of("INC0010001")));
        List<RecordedRequest> sent = requests();
        assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
                .isEqualTo(Credentials.basic("svc_noc", "s3cret")));
        RecordedRequest read = sent.get(0);
        assertThat(read.getMethod()).isEqualTo("GET");
        assertThat(read.getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC1);
        assertThat(read.getUrl().queryParameter("sysparm_display_value")).isEqualTo("all");
        assertThat(read.getUrl().queryParameter("sysparm_fields")).contains("state", "assigned_to", "resolved_by");
        RecordedRequest notes = sent.get(1);
        assertThat(notes.getUrl().encodedPath()).isEqualTo("/api/now/table/sys_journal_field");
        assertThat(notes.getUrl().queryParameter("sysparm_query"))
                .isEqualTo("name=incident^element_idIN" + INC1 + "^ORDERBYsys_created_on");
        RecordedRequest patch = sent.get(2);
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(patch.getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC1);
        assertThat(patch.getUrl().queryParameter("sysparm_input_display_value")).isEqualTo("true");
        assertThat(patch.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(patch)).isEqualTo(TablePages.parse("{\"state\":\"2\",\"assigned_to\":\"alice\","
                + "\"work_notes\":\"Acknowledged by alice via Watchfloor: looking [wf:a-1]\"}"));
    }

    @Test
    void aFirstTryReadsTheIncidentWithoutItsJournalAndWritesOnce() throws Exception {
        server.enqueue(incident("1", "1").reply());
        server.enqueue(written(200, "INC0010001", ""));
        OperatorAction note = new OperatorAction.Annotate("a-31", ALICE, TARGET, NOW, "restarted pod", false);

        ActionOutcome outcome = desk().perform(note, NO_CONTEXT.firstTry());

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("GET", "PATCH");
        assertThat(sent.get(0).getUrl().encodedPath()).isEqualTo("/api/now/table/incident/" + INC1);
        assertThat(sent.get(0).getUrl().queryParameter("sysparm_fields")).contains("state", "assigned_to")
                .doesNotContain("work_notes", "comments");
        assertThat(body(sent.get(1)).get("work_notes").asText()).endsWith("[wf:a-31]");
    }

    @Test
    void aTryAfterAnEarlierOneStillLooksForItsMarkerInTheJournal() throws Exception {
        OperatorAction note = new OperatorAction.Annotate("a-32", ALICE, TARGET, NOW, "restarted pod", false);
        server.enqueue(incident("2", "1").reply());
        server.enqueue(journal("Triage started", "restarted pod [wf:a-32]"));

        ActionOutcome again = desk().perform(note, NO_CONTEXT);

        assertThat(((ActionOutcome.Accepted) again).detail()).contains("already done");
        List<RecordedRequest> sent = requests();
        assertThat(sent).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET");
        assertThat(sent.get(0).getUrl().queryParameter("sysparm_fields")).contains("work_notes", "comments");
    }

    @Test
    void performingTheSameActionAgainSendsNoSecondWrite() throws Exception {
        OperatorAction ack = new OperatorAction.Acknowledge("a-2", ALICE, TARGET, NOW, Duration.ofMinutes(30), Optional.empty());
        ActionConnector desk = desk();
        server.enqueue(incident("1", "1").reply());
        server.enqueue(journal());
        server.enqueue(written(200, "INC0010001", "alice"));
        assertThat(desk.perform(ack, NO_CONTEXT)).isInstanceOf(ActionOutcome.Accepted.class);
        String note = body(requests().get(2)).get("work_notes").asText();
        server.enqueue(incident("2", "1").assignedTo("alice", "alice").reply());
        server.enqueue(journal("Triage started", note));

        ActionOutcome again = desk.perform(ack, NO_CONTEXT);

        assertThat(again).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(((ActionOutcome.Accepted) again).detail()).contains("already done");
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET");
    }

    @Test
    void whenTheDeskHidesItsJournalTheWorkNotesTextStillShowsAnEarlierAttempt() throws Exception {
        OperatorAction note = new OperatorAction.Annotate("a-15", ALICE, TARGET, NOW, "restarted pod", false);
        server.enqueue(incident("2", "1").with("work_notes", "2026-08-20 12:04:00 - svc_noc (Work notes)\n"
                + "restarted pod \u2014 alice [wf:a-15]\n\n", "").reply());
        server.enqueue(DeskReplies.error(403, "User Not Authorized", "ACL restricts sys_journal_field"));

        ActionOutcome again = desk().perform(note, NO_CONTEXT);

        assertThat(again.summary()).isEqualTo("accepted: INC0010001: already done");
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET");
    }

    @Test
    void whenTheDeskHidesItsJournalAFirstAttemptIsStillWritten() throws Exception {
        server.enqueue(incident("2", "1").reply());
        server.enqueue(DeskReplies.error(403, "User Not Authorized", "ACL restricts sys_journal_field"));
        server.enqueue(written(200, "INC0010001", ""));

        ActionOutcome outcome = desk().perform(new OperatorAction.Annotate("a-16", ALICE, TARGET, NOW, "x", false),
                NO_CONTEXT);

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET", "PATCH");
    }

    @Test
    void incidentResolvedUpstreamIsRefusedWithoutWriting() throws Exception {
        server.enqueue(incident("6", "1").with("resolved_at", "2026-08-20 12:04:00", "2026-08-20 10:04:00")
                .with("resolved_by", "Beth Anglin", "46d44a23a9fe19810012d100cca80666").reply());
        server.enqueue(journal());

        ActionOutcome outcome = desk().perform(new OperatorAction.Annotate("a-3", ALICE, TARGET, NOW, "still broken",
                false), NO_CONTEXT);

        assertThat(outcome).isEqualTo(new ActionOutcome.Rejected(
                "INC0010001 was resolved upstream at 2026-08-20 10:04:00 UTC by Beth Anglin", Optional.empty()));
        assertThat(requests()).extracting(RecordedRequest::getMethod).containsExactly("GET", "GET");
    }

    @Test
    void closedAndCanceledIncidentsAreRefusedTooSayingWhoAndWhen() throws Exception {
        server.enqueue(incident("7", "2").with("closed_at", "", "2026-08-20 09:00:00").with("closed_by", "System", "x").reply());
        server.enqueue(journal());
        server.enqueue(incident("8", "2").reply());
        server.enqueue(journal());
        OperatorAction resolve = new OperatorAction.Resolve("a-4", ALICE, TARGET, NOW, "Solved (Permanently)", "done");

        assertThat(desk().perform(resolve, NO_CONTEXT).summary())
                .isEqualTo("rejected: INC0010001 was closed upstream at 2026-08-20 09:00:00 UTC by System");
        assertThat(desk().perform(resolve, NO_CONTEXT).summary())
                .isEqualTo("rejected: INC0010001 was canceled upstream at 2026-08-20 10:04:00 UTC by beth.anglin");
        assertThat(requests()).noneMatch(r -> r.getMethod().equals("PATCH"));
    }

    @Test
    void acknowledgingAnIncidentSomeoneElseIsWorkingOnIsRefused() throws Exception {
        server.enqueue(incident("2", "1").assignedTo("Beth Anglin", "beth.anglin").reply());
        server.enqueue(journal());

        ActionOutcome outcome = desk().perform(new OperatorAction.Acknowledge("a-5", ALICE, TARGET, NOW,
                Duration.ofMinutes(30), Optional.empty()), NO_CONTEXT);

        assertThat(outcome.summary()).isEqualTo("rejected: INC0010001 is already acknowledged by Beth Anglin (In Progress)");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void unacknowledgeClearsTheAssigneeAndReturnsToNew() throws Exception {
        server.enqueue(incident("2", "1").assignedTo("alice", "alice").reply());
        server.enqueue(journal());
        server.enqueue(written(200, "INC0010001", ""));

        ActionOutcome outcome = desk().perform(new OperatorAction.Unacknowledge("a-6", ALICE, TARGET, NOW), NO_CONTEXT);

        assertThat(outcome).isInstanceOf(ActionOutcome.Accepted.class);
        assertThat(body(requests().get(2))).isEqualTo(TablePages.parse("{\"assigned_to\":\"\",\"state\":\"1\","
                + "\"work_notes\":\"Acknowledgement withdrawn by alice via Watchfloor [wf:a-6]\"}"));
    }

    @Test
    void unacknowledgingAnIncidentNobodyHoldsIsRefused() throws Exception {
        server.enqueue(incident("1", "1").reply());
        server.enqueue(journal());

        ActionOutcome outcome = desk().perform(new OperatorAction.Unacknowledge("a-7", ALICE, TARGET, NOW), NO_CONTEXT);

        assertThat(outcome.summary()).isEqualTo("rejected: INC0010001 is not acknowledged");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void escalateMovesToTheTiersGroupRaisesPriorityAndGivesTheReason() throws Exception {
        ActionOutcome[] outcome = new ActionOutcome[1];
        OperatorAction escalate = new OperatorAction.Escalate("a-8", ALICE, TARGET, NOW, "checkout down for all EU",
                3, Optional.of("Duty Managers"), Optional.of(Priority.P1));

        RecordedRequest patch = performAgainstNewIncident(escalate, outcome);

        assertThat(body(patch)).isEqualTo(TablePages.parse("{\"assignment_group\":\"Duty Managers\",\"impact\":\"1\","
                + "\"urgency\":\"1\",\"work_notes\":\"Escalated to tier 4 (Duty Managers, priority P1) by alice: "
                + "checkout down for all EU [wf:a-8]\"}"));
        assertThat(patch.getUrl().queryParameter("sysparm_input_display_value")).isEqualTo("true");
        assertThat(outcome[0].summary()).isEqualTo("accepted: INC0010001 escalated to tier 4 (Duty Managers, priority P1)");
    }

    @Test
    void escalateNeverLowersThePriority() throws Exception {
        server.enqueue(incident("2", "1").reply());
        server.enqueue(journal());
        server.enqueue(written(200, "INC0010001", ""));

        desk().perform(new OperatorAction.Escalate("a-9", ALICE, TARGET, NOW, "needs network team", 1,
                Optional.of("NOC Tier 2"), Optional.of(Priority.P2)), NO_CONTEXT);

        JsonNode sent = body(requests().get(2));
        assertThat(sent.has("impact")).isFalse();
        assertThat(sent.has("urgency")).isFalse();
        assertThat(sent.get("work_notes").asText()).startsWith("Escalated to tier 2 (NOC Tier 2) by alice: needs network team");
    }

    @Test
    void annotateWritesAWorkNoteUnlessTheNoteIsForTheCustomer() throws Exception {
        ActionOutcome[] outcome = new ActionOutcome[1];
        RecordedRequest internal = performAgainstNewIncident(new OperatorAction.Annotate("a-10", ALICE, TARGET, NOW,
                "restarted pod", false), outcome);
        RecordedRequest visible = performAgainstNewIncident(new OperatorAction.Annotate("a-11", ALICE, TARGET, NOW,
                "we are on it", true), outcome);

        assertThat(body(internal)).isEqualTo(TablePages.parse("{\"work_notes\":\"restarted pod \u2014 alice [wf:a-10]\"}"));
        assertThat(body(visible)).isEqualTo(TablePages.parse("{\"comments\":\"we are on it \u2014 alice [wf:a-11]\"}"));
    }

    @Test
    void assignSetsThePersonAndTheGroupByName() throws Exception {
        ActionOutcome[] outcome = new ActionOutcome[1];
        RecordedRequest patch = performAgainstNewIncident(new OperatorAction.Assign("a-12", ALICE, TARGET, NOW,
                Optional.of("Priya Nair"), Optional.of("Payments SRE")), outcome);

        assertThat(body(patch)).isEqualTo(TablePages.parse("{\"assigned_to\":\"Priya Nair\",\"assignment_group\":"
                + "\"Payments SRE\",\"work_notes\":\"Assigned to Priya Nair in group Payments SRE by alice via "
                + "Watchfloor [wf:a-12]\"}"));
        assertThat(outcome[0].summary()).as("the desk answered with nobody assigned")
                .contains("ServiceNow left it unassigned (is 'Priya Nair' a user there?)");
    }

    @Test
    void resolveSetsStateCloseCodeAndNotesWithAWorkNote() throws Exception {
        ActionOutcome[] outcome = new ActionOutcome[1];
        RecordedRequest patch = performAgainstNewIncident(new OperatorAction.Resolve("a-13", ALICE, TARGET, NOW,
                "Solved (Work Around)", "Restarted the gateway pods"), outcome);

        assertThat(body(patch)).isEqualTo(TablePages.parse("{\"state\":\"6\",\"close_code\":\"Solved (Work Around)\","
                + "\"close_notes\":\"Restarted the gateway pods\",\"work_notes\":\"Resolved by alice via Watchfloor "
                + "(Solved (Work Around)) [wf:a-13]\"}"));
        assertThat(outcome[0]).isEqualTo(new ActionOutcome.Accepted("INC0010001 resolved (Solved (Work Around))",
                Optional.of("INC0010001")));
    }

    @Test
    void supportsIncidentVerbsAndCreateIncidentFromAlerts() {
        ActionConnector desk = desk();

        assertThat(desk.supports(ActionKind.ACKNOWLEDGE, TargetRef.Type.INCIDENT)).isTrue();
        assertThat(desk.supports(ActionKind.RESOLVE, TargetRef.Type.INCIDENT)).isTrue();
        assertThat(desk.supports(ActionKind.SILENCE, TargetRef.Type.INCIDENT)).isFalse();
        assertThat(desk.supports(ActionKind.CREATE_INCIDENT, TargetRef.Type.ALERT)).isTrue();
        assertThat(desk.supports(ActionKind.ACKNOWLEDGE, TargetRef.Type.ALERT)).isFalse();
    }

    @Test
    void actionsOnAnotherSourcesTargetsAreRefusedWithoutARequest() {
        TargetRef elsewhere = new TargetRef(SourceId.of("other"), TargetRef.Type.INCIDENT, INC1, "INC0010001");

        ActionOutcome outcome = desk().perform(new OperatorAction.Annotate("a-14", ALICE, elsewhere, NOW, "x", false),
                NO_CONTEXT);

        assertThat(outcome).isInstanceOf(ActionOutcome.Rejected.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
