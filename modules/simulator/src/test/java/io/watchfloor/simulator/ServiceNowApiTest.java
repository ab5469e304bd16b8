package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceNowApiTest {
    private static final String INCIDENTS = "/api/now/table/incident";
    private TestClock clock;
    private Simulator sim;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        clock = TestClock.at("2026-08-20T10:00:00Z");
        sim = Simulator.start(SimulatorOptions.defaults().withClock(clock));
        http = new SimHttp(sim.baseUrl());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void queryFieldsLimitAndOffsetSelectAndPage() {
        SimHttp.Answer all = http.get(INCIDENTS + "?sysparm_query=active=true^ORDERBYpriority&sysparm_fields=number,priority,state");
        int total = Integer.parseInt(all.header("X-Total-Count"));
        JsonNode rows = all.json().get("result");
        assertThat(rows).hasSize(total);
        assertThat(total).isGreaterThanOrEqualTo(5);
        assertThat(rows.get(0).get("priority").asText()).isEqualTo("1");
        assertThat(rows.get(0).size()).isEqualTo(3);
        for (JsonNode r : rows) {
            assertThat(r.get("state").asText()).isIn("1", "2", "3");
            assertThat(r.get("number").asText()).matches("INC\\d{7}");
        }

        SimHttp.Answer page = http.get(INCIDENTS + "?sysparm_query=active=true^ORDERBYpriority&sysparm_fields=number"
                + "&sysparm_limit=2&sysparm_offset=2");
        assertThat(page.json().get("result")).extracting(r -> r.get("number").asText())
                .containsExactly(rows.get(2).get("number").asText(), rows.get(3).get("number").asText());
        assertThat(page.header("X-Total-Count")).isEqualTo(Integer.toString(total));
        assertThat(page.header("Link")).contains("sysparm_offset=4>;rel=\"next\"").contains("sysparm_offset=0>;rel=\"prev\"")
                .contains("rel=\"first\"").contains("rel=\"last\"").contains("sysparm_query=active%3Dtrue");

        SimHttp.Answer notP1 = http.get(INCIDENTS + "?sysparm_query=active=true^priority!=1^nosuchfield=x&sysparm_fields=priority");
        assertThat(notP1.json().get("result")).hasSize(total - 1).allMatch(r -> !r.get("priority").asText().equals("1"));
        SimHttp.Answer ored = http.get(INCIDENTS + "?sysparm_query=priority=1^ORpriority=2^active=true&sysparm_fields=priority");
        assertThat(ored.json().get("result")).isNotEmpty().allMatch(r -> r.get("priority").asInt() <= 2);
    }

    @Test
    void displayValueAllAndExcludeReferenceLinkShapeReferences() {
        JsonNode p1 = p1("&sysparm_display_value=all");
        assertThat(p1.get("state").get("value").asText()).isEqualTo("1");
        assertThat(p1.get("state").get("display_value").asText()).isEqualTo("New");
        assertThat(p1.get("priority").get("display_value").asText()).isEqualTo("1 - Critical");
        JsonNode service = p1.get("business_service");
        assertThat(service.get("display_value").asText()).isEqualTo("Checkout");
        assertThat(service.get("value").asText()).matches("[0-9a-f]{32}");
        assertThat(service.get("link").asText()).isEqualTo(sim.baseUrl() + "/api/now/table/cmdb_ci_service/"
                + service.get("value").asText());

        JsonNode raw = p1("");
        assertThat(raw.get("business_service").get("link").asText()).contains("/api/now/table/cmdb_ci_service/");
        assertThat(raw.get("assigned_to").asText()).isEmpty();
        assertThat(raw.get("work_notes").asText()).isEmpty();
        assertThat(raw.get("opened_at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        JsonNode plain = p1("&sysparm_exclude_reference_link=true");
        assertThat(plain.get("business_service").isTextual()).isTrue();
        assertThat(plain.get("business_service").asText()).isEqualTo(service.get("value").asText());

        JsonNode shown = p1("&sysparm_display_value=true&sysparm_exclude_reference_link=true");
        assertThat(shown.get("business_service").asText()).isEqualTo("Checkout");
        assertThat(shown.get("assignment_group").asText()).isEqualTo("Service Desk");
    }

    @Test
    void patchChangesLaterReadsAndIsRecordedInTheLedger() {
        JsonNode p1 = p1("");
        String id = p1.get("sys_id").asText();
        String priya = sysId("sys_user", "name=Priya Nair");
        String body = "{\"state\":\"2\",\"assigned_to\":\"" + priya + "\",\"work_notes\":\"Acked from NOC console\"}";
        clock.advance(Duration.ofSeconds(30));

        SimHttp.Answer patched = http.send("PATCH", INCIDENTS + "/" + id + "?sysparm_fields=number,state,assigned_to,sys_updated_on", body);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("result").get("state").asText()).isEqualTo("2");
        assertThat(patched.json().get("result").get("sys_updated_on").asText()).isEqualTo("2026-08-20 10:00:30");
        JsonNode later = http.get(INCIDENTS + "/" + id + "?sysparm_display_value=true").json().get("result");
        assertThat(later.get("assigned_to").get("display_value").asText()).isEqualTo("Priya Nair");
        assertThat(later.get("work_notes").asText()).contains("Acked from NOC console");
        assertThat(http.get(INCIDENTS + "/" + id).json().get("result").get("work_notes").asText()).isEmpty();
        LedgerEntry entry = sim.ledger().entries().get(0);
        assertThat(entry.method()).isEqualTo("PATCH");
        assertThat(entry.path()).isEqualTo(INCIDENTS + "/" + id);
        assertThat(entry.body()).isEqualTo(body);
        assertThat(entry.query()).contains("sysparm_fields");
        JsonNode response = http.get("/api/now/table/task_sla?sysparm_query=task=" + id + "&sysparm_fields=sla.name,stage")
                .json().get("result");
        assertThat(response).anySatisfy(s -> {
            assertThat(s.get("sla.name").asText()).isEqualTo("P1 response (15m)");
            assertThat(s.get("stage").asText()).isEqualTo("completed");
        });
    }

    @Test
    void resolvingWithoutCloseCodeIsRefusedAndWithItSticksAgainstTheScenario() {
        String id = p1("").get("sys_id").asText();

        SimHttp.Answer refused = http.send("PATCH", INCIDENTS + "/" + id, "{\"state\":\"6\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("status").asText()).isEqualTo("failure");
        assertThat(refused.json().get("error").get("detail").asText()).contains("Data Policy Exception")
                .contains("Resolution code");
        assertThat(http.get(INCIDENTS + "/" + id).json().get("result").get("state").asText()).isEqualTo("1");

        SimHttp.Answer resolved = http.send("PATCH", INCIDENTS + "/" + id,
                "{\"state\":\"6\",\"close_code\":\"Solved (Work Around)\",\"close_notes\":\"Restarted by the NOC\"}");
        assertThat(resolved.status()).isEqualTo(200);
        clock.advance(Duration.ofHours(3));

        JsonNode later = http.get(INCIDENTS + "/" + id).json().get("result");
        assertThat(later.get("state").asText()).isEqualTo("6");
        assertThat(later.get("active").asText()).isEqualTo("false");
        assertThat(later.get("close_notes").asText()).isEqualTo("Restarted by the NOC");
        assertThat(later.get("resolved_at").asText()).isEqualTo("2026-08-20 10:00:00");
        assertThat(sim.ledger().entries()).hasSize(2);
    }

    @Test
    void onHoldNeedsAReasonAndPausesTheResolutionClock() {
        String id = p1("").get("sys_id").asText();
        assertThat(http.send("PATCH", INCIDENTS + "/" + id, "{\"state\":\"3\"}").status()).isEqualTo(403);

        assertThat(http.send("PATCH", INCIDENTS + "/" + id, "{\"state\":\"3\",\"hold_reason\":\"4\"}").status())
                .isEqualTo(200);
        clock.advance(Duration.ofMinutes(20));

        JsonNode resolution = http.get("/api/now/table/task_sla?sysparm_query=task=" + id
                + "^sla.name=P1 resolution (4h)&sysparm_fields=stage,pause_duration,business_percentage")
                .json().get("result").get(0);
        assertThat(resolution.get("stage").asText()).isEqualTo("paused");
        assertThat(resolution.get("pause_duration").asText()).isEqualTo("1970-01-01 00:20:00");
        assertThat(resolution.get("business_percentage").asText()).isEqualTo("0.83");
    }

    @Test
    void countAndPaginationHeadersCanBeSuppressed() {
        SimHttp.Answer bare = http.get(INCIDENTS + "?sysparm_limit=1&sysparm_no_count=true"
                + "&sysparm_suppress_pagination_header=true");
        assertThat(bare.header("X-Total-Count")).isEmpty();
        assertThat(bare.header("Link")).isEmpty();
        assertThat(bare.json().get("result")).hasSize(1);
    }

    @Test
    void inputDisplayValueAcceptsNamesAndUnknownNamesAreRefused() {
        String id = p1("").get("sys_id").asText();

        SimHttp.Answer named = http.send("PATCH", INCIDENTS + "/" + id + "?sysparm_input_display_value=true"
                + "&sysparm_display_value=true", "{\"assignment_group\":\"Payments SRE\",\"urgency\":\"2\"}");
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("result").get("assignment_group").get("display_value").asText()).isEqualTo("Payments SRE");
        assertThat(named.json().get("result").get("priority").asText()).isEqualTo("2 - High");

        SimHttp.Answer unknown = http.send("PATCH", INCIDENTS + "/" + id + "?sysparm_input_display_value=true",
                "{\"assignment_group\":\"Nobody Team\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").get("message").asText()).isNotBlank();

        SimHttp.Answer nameWithoutFlag = http.send("PATCH", INCIDENTS + "/" + id, "{\"assignment_group\":\"Payments SRE\"}");
        assertThat(nameWithoutFlag.status()).isEqualTo(400);
    }

    @Test
    void priorityChangeCancelsTheRunningSlasAndAttachesTheNewOnes() {
        String id = p1("").get("sys_id").asText();
        clock.advance(Duration.ofSeconds(30));
        http.send("PATCH", INCIDENTS + "/" + id, "{\"impact\":\"2\",\"urgency\":\"2\"}");

        JsonNode slas = http.get("/api/now/table/task_sla?sysparm_query=task.number=" + number(id)
                + "&sysparm_fields=sla.name,stage,active").json().get("result");

        assertThat(slas).extracting(s -> s.get("sla.name").asText() + "/" + s.get("stage").asText())
                .containsExactlyInAnyOrder("P1 response (15m)/cancelled", "P1 resolution (4h)/cancelled",
                        "P3 response (1h)/in_progress", "P3 resolution (24h)/in_progress");
    }

    @Test
    void postCreatesAnIncidentWithTheNextNumber() {
        int before = Integer.parseInt(http.get(INCIDENTS + "?sysparm_limit=1").header("X-Total-Count"));
        SimHttp.Answer created = http.send("POST", INCIDENTS, "{\"short_description\":\"Kiosk screens frozen\","
                + "\"impact\":\"2\",\"urgency\":\"2\",\"business_service\":\"" + sysId("cmdb_ci_service", "name=Kiosk Gateway")
                + "\",\"comments\":\"Reported by store 112\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode r = created.json().get("result");
        assertThat(r.get("number").asText()).isEqualTo(String.format("INC%07d", 10_001 + before));
        assertThat(r.get("priority").asText()).isEqualTo("3");
        assertThat(r.get("state").asText()).isEqualTo("1");
        assertThat(created.header("Location")).endsWith("/api/now/table/incident/" + r.get("sys_id").asText());
        assertThat(http.get("/api/now/table/task_sla?sysparm_query=task=" + r.get("sys_id").asText()).json().get("result"))
                .hasSize(2);
    }

    @Test
    void errorsHaveServiceNowShape() {
        SimHttp.Answer missing = http.get(INCIDENTS + "/0123456789abcdef0123456789abcdef");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").get("message").asText()).isEqualTo("No Record found");
        assertThat(missing.json().get("status").asText()).isEqualTo("failure");

        SimHttp.Answer table = http.get("/api/now/table/no_such_table");
        assertThat(table.status()).isEqualTo(400);
        assertThat(table.json().get("error").get("message").asText()).contains("no_such_table");

        SimHttp.Answer badJson = http.send("PATCH", INCIDENTS + "/" + p1("").get("sys_id").asText(), "{oops");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("status").asText()).isEqualTo("failure");

        assertThat(http.send("PATCH", "/api/now/table/task_sla/x", "{}").status()).isEqualTo(403);
        assertThat(http.send("HEAD", INCIDENTS, "").status()).isEqualTo(405);
        assertThat(http.get("/api/now/other").status()).isEqualTo(404);
    }

    @Test
    void taskSlaDotWalksTaskNumberAndSlaName() {
        JsonNode p1 = p1("");
        JsonNode slas = http.get("/api/now/table/task_sla?sysparm_query=task.number=" + p1.get("number").asText()
                + "^active=true&sysparm_fields=sla.name,stage,has_breached,planned_end_time,business_percentage,"
                + "business_time_left,task.number").json().get("result");

        assertThat(slas).extracting(s -> s.get("sla.name").asText())
                .containsExactlyInAnyOrder("P1 response (15m)", "P1 resolution (4h)");
        JsonNode response = slas.get(0).get("sla.name").asText().contains("response") ? slas.get(0) : slas.get(1);
        assertThat(response.get("task.number").asText()).isEqualTo(p1.get("number").asText());
        assertThat(response.get("stage").asText()).isEqualTo("in_progress");
        assertThat(response.get("has_breached").asText()).isEqualTo("false");
        assertThat(response.get("business_time_left").asText()).isEqualTo("1970-01-01 00:13:00");
        assertThat(response.get("business_percentage").asText()).isEqualTo("13.33");
    }

    private JsonNode p1(String extra) {
        JsonNode rows = http.get(INCIDENTS + "?sysparm_query=active=true^priority=1" + extra).json().get("result");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private String number(String sysId) {
        return http.get(INCIDENTS + "/" + sysId).json().get("result").get("number").asText();
    }

    private String sysId(String table, String query) {
        JsonNode rows = http.get("/api/now/table/" + table + "?sysparm_query=" + query).json().get("result");
        assertThat(rows).hasSize(1);
        return rows.get(0).get("sys_id").asText();
    }
}
