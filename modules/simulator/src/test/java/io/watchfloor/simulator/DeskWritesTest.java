package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operator actions written the way Watchfloor writes them (names, work notes with a marker) change what
 * the next read of the desk returns: incident, task_sla and sys_journal_field.
 */
class DeskWritesTest {
    private static final String INCIDENTS = "/api/now/table/incident";
    private static final String JOURNAL = "/api/now/table/sys_journal_field";
    private static final String BY_NAME = "?sysparm_input_display_value=true";
    private TestClock clock;
    private Simulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = TestClock.at("2026-08-20T10:00:00Z");
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED));
        http = new SimHttp(sim.baseUrl());
        sim.control().addUser("alice");
        sim.control().startOutage("checkout");
        clock.advance(Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private String p1() {
        return http.get(INCIDENTS + "?sysparm_query=priority=1").json().get("result").get(0).get("sys_id").asText();
    }

    private JsonNode shown(String id) {
        return http.get(INCIDENTS + "/" + id + "?sysparm_display_value=true&sysparm_exclude_reference_link=true")
                .json().get("result");
    }

    private JsonNode journal(String query) {
        return http.get(JOURNAL + "?sysparm_query=" + query + "&sysparm_fields=sys_id,element_id,element,value,"
                + "sys_created_on,sys_created_by").json().get("result");
    }

    @Test
    void acknowledgeAssignsTheOperatorMovesToInProgressAndCompletesTheResponseClock() {
        String id = p1();

        SimHttp.Answer ack = http.sendAs("watchfloor", "PATCH", INCIDENTS + "/" + id + BY_NAME,
                "{\"state\":\"2\",\"assigned_to\":\"alice\",\"work_notes\":\"Acknowledged by alice via Watchfloor [wf:1]\"}");

        assertThat(ack.status()).isEqualTo(200);
        JsonNode after = shown(id);
        assertThat(after.get("state").asText()).isEqualTo("In Progress");
        assertThat(after.get("assigned_to").asText()).isEqualTo("alice");
        JsonNode response = http.get("/api/now/table/task_sla?sysparm_query=task=" + id
                + "^sla.name=P1 response (15m)&sysparm_fields=stage,end_time").json().get("result").get(0);
        assertThat(response.get("stage").asText()).isEqualTo("completed");
        assertThat(response.get("end_time").asText()).isEqualTo("2026-08-20 10:02:00");
        assertThat(journal("element_id=" + id)).singleElement().satisfies(n -> {
            assertThat(n.get("element").asText()).isEqualTo("work_notes");
            assertThat(n.get("value").asText()).isEqualTo("Acknowledged by alice via Watchfloor [wf:1]");
            assertThat(n.get("sys_created_by").asText()).isEqualTo("watchfloor");
            assertThat(n.get("sys_created_on").asText()).isEqualTo("2026-08-20 10:02:00");
        });
    }

    @Test
    void unacknowledgeMakesItNewAndUnassignedAgain() {
        String id = p1();
        http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"state\":\"2\",\"assigned_to\":\"alice\"}");
        clock.advance(Duration.ofMinutes(1));

        http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"assigned_to\":\"\",\"state\":\"1\","
                + "\"work_notes\":\"Acknowledgement withdrawn by alice via Watchfloor [wf:2]\"}");

        JsonNode after = http.get(INCIDENTS + "/" + id).json().get("result");
        assertThat(after.get("state").asText()).isEqualTo("1");
        assertThat(after.get("assigned_to").asText()).isEmpty();
        assertThat(journal("element_id=" + id)).extracting(n -> n.get("sys_created_by").asText()).containsExactly("admin");
    }

    @Test
    void escalateShowsTheNewGroupAndPriority() {
        String id = p1();
        http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"impact\":\"2\",\"urgency\":\"3\"}");

        SimHttp.Answer escalated = http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"assignment_group\":"
                + "\"Duty Managers\",\"impact\":\"1\",\"urgency\":\"1\",\"work_notes\":\"Escalated to tier 4 (Duty "
                + "Managers, priority P1) by alice: checkout down [wf:3]\"}");

        assertThat(escalated.status()).isEqualTo(200);
        JsonNode after = shown(id);
        assertThat(after.get("assignment_group").asText()).isEqualTo("Duty Managers");
        assertThat(after.get("priority").asText()).isEqualTo("1 - Critical");
        assertThat(http.get("/api/now/table/sys_user_group?sysparm_query=nameINNOC Tier 2,NOC Shift Leads,Duty Managers")
                .json().get("result")).hasSize(3);
    }

    @Test
    void annotateAddsJournalEntriesReadByElementIdInLists() {
        String id = p1();
        sim.control().startOutage("cdn");
        clock.advance(Duration.ofMinutes(1));
        String cdn = http.get(INCIDENTS + "?sysparm_query=short_descriptionSTARTSWITHCDN").json().get("result").get(0)
                .get("sys_id").asText();
        http.sendAs("alice", "PATCH", INCIDENTS + "/" + id, "{\"work_notes\":\"restarted pods \u2014 alice [wf:4]\"}");
        clock.advance(Duration.ofMinutes(1));
        http.send("PATCH", INCIDENTS + "/" + cdn, "{\"comments\":\"we are on it \u2014 alice [wf:5]\"}");

        JsonNode notes = journal("name=incident^element_idIN" + id + "," + cdn + "^ORDERBYsys_created_on");

        List<String> seen = new ArrayList<>();
        notes.forEach(n -> seen.add(n.get("element_id").asText().equals(id) ? "p1" : "cdn"));
        assertThat(seen).containsExactly("p1", "cdn");
        assertThat(notes.get(0).get("value").asText()).isEqualTo("restarted pods \u2014 alice [wf:4]");
        assertThat(notes.get(0).get("sys_created_by").asText()).isEqualTo("alice");
        assertThat(notes.get(1).get("element").asText()).isEqualTo("comments");
        assertThat(journal("element_idIN" + cdn + "^element=work_notes")).isEmpty();
        assertThat(shown(id).get("work_notes").asText()).contains("restarted pods");
    }

    @Test
    void journalRowsReadByElementIdAreTheSameRowsAsInTheWholeJournal() {
        String id = p1();
        sim.control().startOutage("cdn");
        clock.advance(Duration.ofMinutes(1));
        String cdn = http.get(INCIDENTS + "?sysparm_query=short_descriptionSTARTSWITHCDN").json().get("result").get(0)
                .get("sys_id").asText();
        for (int n = 0; n < 3; n++) {
            http.send("PATCH", INCIDENTS + "/" + id, "{\"work_notes\":\"note " + n + " [wf:j" + n + "]\"}");
            http.send("PATCH", INCIDENTS + "/" + cdn, "{\"comments\":\"comment " + n + " [wf:k" + n + "]\"}");
        }

        List<JsonNode> wholeP1 = new ArrayList<>();
        journal("").forEach(n -> {
            if (n.get("element_id").asText().equals(id)) {
                wholeP1.add(n);
            }
        });

        assertThat(wholeP1).hasSizeGreaterThanOrEqualTo(3);
        assertThat(journal("element_id=" + id)).containsExactlyElementsOf(wholeP1);
        assertThat(journal("name=incident^element_idIN" + id + ",unknown")).containsExactlyElementsOf(wholeP1);
        assertThat(journal("element_id=" + id + "^NQelement_id=" + cdn)).as("or-ed queries are not narrowed to one")
                .hasSize(wholeP1.size() + journal("element_id=" + cdn).size());
        assertThat(http.get(INCIDENTS + "/" + id).json().get("result").get("sys_id").asText()).isEqualTo(id);
        assertThat(http.get(INCIDENTS + "/nope").status()).isEqualTo(404);
    }

    @Test
    void resolveTakesItOutOfTheActiveList() {
        String id = p1();

        SimHttp.Answer resolved = http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"state\":\"6\",\"close_code\":"
                + "\"Solved (Work Around)\",\"close_notes\":\"Restarted\",\"work_notes\":\"Resolved by alice via "
                + "Watchfloor (Solved (Work Around)) [wf:6]\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(http.get(INCIDENTS + "?sysparm_query=active=true").json().get("result")).isEmpty();
        JsonNode after = http.get(INCIDENTS + "/" + id).json().get("result");
        assertThat(after.get("state").asText()).isEqualTo("6");
        assertThat(after.get("resolved_at").asText()).isEqualTo("2026-08-20 10:02:00");
    }

    @Test
    void createIncidentOpensOneLinkedThroughCorrelationId() {
        SimHttp.Answer created = http.sendAs("watchfloor", "POST", INCIDENTS + BY_NAME + "&sysparm_display_value=all",
                "{\"short_description\":\"Checkout returns 5xx\",\"description\":\"Alert CheckoutErrorRateHigh [wf:7]\","
                        + "\"impact\":\"1\",\"urgency\":\"2\",\"correlation_id\":\"am/a3f1c0d9e2b4c5f6\",\"business_service\":"
                        + "\"Checkout\",\"caller_id\":\"alice\",\"work_notes\":\"Opened by alice via Watchfloor [wf:7]\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode r = created.json().get("result");
        assertThat(r.get("number").get("value").asText()).isEqualTo("INC0010002");
        assertThat(r.get("priority").get("value").asText()).isEqualTo("2");
        assertThat(r.get("caller_id").get("display_value").asText()).isEqualTo("alice");
        JsonNode linked = http.get(INCIDENTS + "?sysparm_query=correlation_id=am/a3f1c0d9e2b4c5f6"
                + "&sysparm_fields=number,correlation_id,description,business_service&sysparm_display_value=true")
                .json().get("result");
        assertThat(linked).singleElement().satisfies(i -> {
            assertThat(i.get("number").asText()).isEqualTo("INC0010002");
            assertThat(i.get("correlation_id").asText()).isEqualTo("am/a3f1c0d9e2b4c5f6");
            assertThat(i.get("description").asText()).contains("[wf:7]");
        });
        assertThat(journal("element_id=" + r.get("sys_id").get("value").asText()))
                .extracting(n -> n.get("value").asText()).containsExactly("Opened by alice via Watchfloor [wf:7]");
    }

    @Test
    void anIncidentWithoutShortDescriptionIsRefusedByTheDataPolicy() {
        SimHttp.Answer refused = http.send("POST", INCIDENTS, "{\"impact\":\"1\",\"urgency\":\"1\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").get("message").asText()).isEqualTo("Operation Failed");
        assertThat(refused.json().get("error").get("detail").asText()).contains("Short description");
        assertThat(http.get(INCIDENTS).json().get("result")).hasSize(1);
    }

    @Test
    void addedUsersCanBeAssignedAndAreListedOnce() {
        String id = p1();
        SimHttp.Answer unknown = http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"assigned_to\":\"bob\"}");
        assertThat(unknown.status()).isEqualTo(400);

        sim.control().addUser("bob");
        sim.control().addUser("bob");

        assertThat(http.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"assigned_to\":\"bob\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/now/table/sys_user?sysparm_query=user_name=bob").json().get("result"))
                .singleElement().satisfies(u -> assertThat(u.get("name").asText()).isEqualTo("bob"));
        assertThatThrownBy(() -> sim.control().addUser(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJournalIsReadOnly() {
        assertThat(http.send("POST", JOURNAL, "{\"value\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void anAcknowledgedIncidentStaysWithTheOperatorWhileTheScenarioGoesOn() throws Exception {
        TestClock liveClock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator live = Simulator.start(SimulatorOptions.defaults().withClock(liveClock))) {
            SimHttp liveHttp = new SimHttp(live.baseUrl());
            live.control().addUser("alice");
            String id = liveHttp.get(INCIDENTS + "?sysparm_query=active=true^priority=1").json().get("result").get(0)
                    .get("sys_id").asText();
            liveClock.advance(Duration.ofMinutes(1));
            assertThat(liveHttp.send("PATCH", INCIDENTS + "/" + id + BY_NAME, "{\"state\":\"2\",\"assigned_to\":"
                    + "\"alice\",\"work_notes\":\"Acknowledged by alice via Watchfloor [wf:8]\"}").status()).isEqualTo(200);

            liveClock.advance(Duration.ofMinutes(15));

            JsonNode later = liveHttp.get(INCIDENTS + "/" + id + "?sysparm_display_value=true"
                    + "&sysparm_exclude_reference_link=true").json().get("result");
            assertThat(later.get("assigned_to").asText()).as("the desk staff's later assignment does not undo it")
                    .isEqualTo("alice");
            assertThat(later.get("state").asText()).isEqualTo("In Progress");
            assertThat(later.get("assignment_group").asText()).as("the scenario still escalates the group")
                    .isEqualTo("Payments SRE");
        }
    }

    @Test
    void aReadShowsTheScenariosStepsThatCameDueSinceTheLastReadThoughNothingWasWritten() throws Exception {
        TestClock liveClock = TestClock.at("2026-08-20T10:00:00Z");
        try (Simulator live = Simulator.start(SimulatorOptions.defaults().withClock(liveClock))) {
            SimHttp liveHttp = new SimHttp(live.baseUrl());
            String id = liveHttp.get(INCIDENTS + "?sysparm_query=active=true^priority=1").json().get("result").get(0)
                    .get("sys_id").asText();
            String path = INCIDENTS + "/" + id + "?sysparm_display_value=true&sysparm_exclude_reference_link=true";
            JsonNode first = liveHttp.get(path).json().get("result");
            JsonNode again = liveHttp.get(path).json().get("result");

            liveClock.advance(Duration.ofMinutes(16));
            JsonNode later = liveHttp.get(path).json().get("result");

            assertThat(again).as("nothing came due: the same incident").isEqualTo(first);
            assertThat(later.get("sys_updated_on").asText()).isNotEqualTo(first.get("sys_updated_on").asText());
            assertThat(later.get("sys_mod_count").asInt()).isGreaterThan(first.get("sys_mod_count").asInt());
            assertThat(later.get("assignment_group").asText()).isEqualTo("Payments SRE");
        }
    }

    @Test
    void scenarioNotesAreInTheJournalWithTheirAuthorsLogin() throws Exception {
        try (Simulator live = Simulator.start(SimulatorOptions.defaults().withClock(TestClock.at("2026-08-20T10:00:00Z")))) {
            SimHttp liveHttp = new SimHttp(live.baseUrl());
            JsonNode inProgress = liveHttp.get(INCIDENTS + "?sysparm_query=state=2&sysparm_fields=sys_id").json().get("result");
            assertThat(inProgress).isNotEmpty();
            String id = inProgress.get(0).get("sys_id").asText();

            JsonNode notes = new SimHttp(live.baseUrl()).get(JOURNAL + "?sysparm_query=element_id=" + id).json().get("result");

            assertThat(notes).isNotEmpty().allSatisfy(n -> {
                assertThat(n.get("name").asText()).isEqualTo("incident");
                assertThat(n.get("sys_created_by").asText()).matches("[a-z]+(\\.[a-z]+)*");
            });
        }
    }
}
