package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Fixtures;
import java.util.Map;
import mockwebserver3.MockResponse;

/**
 * ServiceNow answers for the action tests, shaped as the Table API sends them: the incident read with
 * {@code sysparm_display_value=all}, journal pages with raw values, and write results.
 */
final class DeskReplies {
    static final String INC1 = "9d385017c611228701d22104cc95c371";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> STATES = Map.of("1", "New", "2", "In Progress", "3", "On Hold",
            "6", "Resolved", "7", "Closed", "8", "Canceled");

    private final ObjectNode record = JSON.createObjectNode();

    private DeskReplies(String state, String priority) {
        pair("sys_id", INC1, INC1);
        pair("number", "INC0010001", "INC0010001");
        pair("state", STATES.get(state), state);
        pair("priority", priority + " - x", priority);
        pair("assigned_to", "", "");
        pair("assigned_to.user_name", "", "");
        for (String f : new String[] {"resolved_at", "resolved_by", "closed_at", "closed_by"}) {
            pair(f, "", "");
        }
        pair("sys_updated_on", "2026-08-20 12:04:00", "2026-08-20 10:04:00");
        pair("sys_updated_by", "beth.anglin", "beth.anglin");
    }

    /** INC0010001 in this state ("1", "2", ...) with this priority code. */
    static DeskReplies incident(String state, String priority) {
        return new DeskReplies(state, priority);
    }

    DeskReplies assignedTo(String name, String login) {
        pair("assigned_to", name, "46d44a23a9fe19810012d100cca80666");
        pair("assigned_to.user_name", login, login);
        return this;
    }

    DeskReplies with(String field, String display, String value) {
        pair(field, display, value);
        return this;
    }

    MockResponse reply() {
        ObjectNode body = JSON.createObjectNode();
        body.set("result", record);
        return Fixtures.json(body.toString());
    }

    /** INC0010001 as another incident: this sys_id and number. */
    DeskReplies as(String sysId, String number) {
        pair("sys_id", sysId, sysId);
        pair("number", number, number);
        return this;
    }

    /** A list page ({@code GET /api/now/table/incident?...}) with these incidents, in this order. */
    static MockResponse listed(DeskReplies... incidents) {
        ArrayNode rows = JSON.createArrayNode();
        for (DeskReplies i : incidents) {
            rows.add(i.record);
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("result", rows);
        return Fixtures.json(body.toString());
    }

    /** A journal page with one work note per text, all on INC1. */
    static MockResponse journal(String... texts) {
        ArrayNode rows = JSON.createArrayNode();
        for (int i = 0; i < texts.length; i++) {
            rows.addObject().put("sys_id", String.format("%032d", i + 1)).put("element_id", INC1)
                    .put("element", "work_notes").put("value", texts[i])
                    .put("sys_created_on", "2026-08-20 10:0" + i + ":00").put("sys_created_by", "watchfloor");
        }
        ObjectNode body = JSON.createObjectNode();
        body.set("result", rows);
        return Fixtures.json(body.toString());
    }

    /** A PATCH or POST answer: the record with display and raw values. */
    static MockResponse written(int code, String number, String assignee) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("sys_id").put("display_value", INC1).put("value", INC1);
        r.putObject("number").put("display_value", number).put("value", number);
        r.putObject("assigned_to").put("display_value", assignee).put("value", assignee.isEmpty() ? "" : "a1b2");
        ObjectNode body = JSON.createObjectNode();
        body.set("result", r);
        return Fixtures.json(code, body.toString());
    }

    /** ServiceNow's error body. */
    static MockResponse error(int code, String message, String detail) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("detail", detail);
        body.put("status", "failure");
        return Fixtures.json(code, body.toString());
    }

    private void pair(String field, String display, String value) {
        record.putObject(field).put("display_value", display).put("value", value);
    }
}
