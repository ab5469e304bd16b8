package io.watchfloor.simulator.servicenow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Response;
import io.watchfloor.simulator.scenario.IncidentField;
import io.watchfloor.simulator.scenario.JournalEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a POST or PATCH body for the incident table into field values and journal lines. References take
 * sys_ids, or names with {@code sysparm_input_display_value=true}; choices take codes (or labels with the
 * same flag); unknown references and choices are refused with 400, fields the simulator does not model
 * (number, priority, opened_at, ...: set by the desk) are ignored. {@link #checkPolicies} applies the
 * desk's data policies (403 "Data Policy Exception"): a short description always; close code and notes
 * to resolve or close; a hold reason to put on hold. Real instances enforce such rules with data
 * policies, which apply to Table API writes (UI policies and form-mandatory fields do not).
 */
final class IncidentWrite {
    /** A refused write and the response to send. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Response response;

        Refused(Response response) {
            super(response.bodyText());
            this.response = response;
        }

        Response response() {
            return response;
        }
    }

    /** What a body asks for. */
    record Parsed(Map<IncidentField, String> values, List<JournalEntry> journal) {
    }

    private final ReferenceData refs;
    private final boolean byDisplay;

    IncidentWrite(ReferenceData refs, boolean byDisplay) {
        this.refs = refs;
        this.byDisplay = byDisplay;
    }

    Parsed parse(String body) throws Refused {
        JsonNode root;
        try {
            root = Json.read(body);
        } catch (JsonProcessingException e) {
            throw new Refused(SnErrors.badJson());
        }
        if (!root.isObject()) {
            throw new Refused(SnErrors.badJson());
        }
        Map<IncidentField, String> values = new EnumMap<>(IncidentField.class);
        List<JournalEntry> journal = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            field(e.getKey(), text(e.getValue()), values, journal);
        }
        return new Parsed(values, journal);
    }

    private void field(String name, String v, Map<IncidentField, String> values, List<JournalEntry> journal)
            throws Refused {
        switch (name) {
            case "short_description": values.put(IncidentField.SHORT_DESCRIPTION, v); break;
            case "description": values.put(IncidentField.DESCRIPTION, v); break;
            case "close_code": values.put(IncidentField.CLOSE_CODE, v); break;
            case "close_notes": values.put(IncidentField.CLOSE_NOTES, v); break;
            case "category": values.put(IncidentField.CATEGORY, v); break;
            case "correlation_id": values.put(IncidentField.CORRELATION_ID, v); break;
            case "state": case "incident_state":
                values.put(IncidentField.STATE, choice(name, v, IncidentChoices.STATE)); break;
            case "impact": values.put(IncidentField.IMPACT, choice(name, v, IncidentChoices.IMPACT)); break;
            case "urgency": values.put(IncidentField.URGENCY, choice(name, v, IncidentChoices.IMPACT)); break;
            case "hold_reason":
                values.put(IncidentField.HOLD_REASON, v.isEmpty() ? "" : choice(name, v, IncidentChoices.HOLD_REASON));
                break;
            case "assigned_to": values.put(IncidentField.ASSIGNED_TO, ref(name, v, refs.personName(v, byDisplay))); break;
            case "caller_id": values.put(IncidentField.CALLER, ref(name, v, refs.personName(v, byDisplay))); break;
            case "assignment_group":
                values.put(IncidentField.ASSIGNMENT_GROUP, ref(name, v, refs.groupName(v, byDisplay))); break;
            case "business_service":
                values.put(IncidentField.BUSINESS_SERVICE, ref(name, v, refs.serviceName(v, byDisplay))); break;
            case "work_notes": if (!v.isBlank()) { journal.add(JournalEntry.note(v)); } break;
            case "comments": if (!v.isBlank()) { journal.add(JournalEntry.comment(v)); } break;
            default: break;
        }
    }

    private String choice(String field, String v, Map<String, String> choices) throws Refused {
        return IncidentChoices.code(choices, v, byDisplay).orElseThrow(() -> new Refused(SnErrors.error(400,
                "Invalid value", field + ": '" + v + "' is not a valid choice")));
    }

    private String ref(String field, String v, Optional<String> name) throws Refused {
        if (v.isEmpty()) {
            return "";
        }
        return name.orElseThrow(() -> new Refused(SnErrors.error(400, "Invalid reference", field + ": no record "
                + (byDisplay ? "named '" : "with sys_id '") + v + "'"
                + (byDisplay ? "" : " (send sysparm_input_display_value=true to give names)"))));
    }

    /** The desk's data policies on the state an incident would have after a write. */
    static void checkPolicies(Map<IncidentField, String> merged) throws Refused {
        String state = merged.getOrDefault(IncidentField.STATE, "1");
        List<String> missing = new ArrayList<>();
        if (merged.getOrDefault(IncidentField.SHORT_DESCRIPTION, "").isBlank()) {
            missing.add("Short description");
        }
        if (state.equals("6") || state.equals("7")) {
            if (merged.getOrDefault(IncidentField.CLOSE_CODE, "").isBlank()) {
                missing.add("Resolution code");
            }
            if (merged.getOrDefault(IncidentField.CLOSE_NOTES, "").isBlank()) {
                missing.add("Resolution notes");
            }
        }
        if (state.equals("3") && merged.getOrDefault(IncidentField.HOLD_REASON, "").isBlank()) {
            missing.add("On hold reason");
        }
        if (!missing.isEmpty()) {
            throw new Refused(SnErrors.error(403, "Operation Failed",
                    "Data Policy Exception: \n\tThe following fields are mandatory: " + String.join(", ", missing) + "\n"));
        }
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isObject() && v.has("value")) {
            return v.get("value").asText();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
