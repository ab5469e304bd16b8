package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns Icinga host and service objects in a problem state into core {@link Alert}s.
 *
 * <ul>
 *   <li>fingerprint: Icinga's object name, {@code host!service} or {@code host};</li>
 *   <li>name: the service's display name, or "host down" for a host;</li>
 *   <li>severity: service CRITICAL(2) is {@link Severity#CRITICAL}, UNKNOWN(3) {@link Severity#MAJOR}
 *       (Icinga itself ranks unknown between critical and warning: the check could not tell, so someone
 *       must look), WARNING(1) {@link Severity#WARNING}; a host DOWN is {@link Severity#CRITICAL};</li>
 *   <li>service: the custom variable named by {@code serviceVar} (default {@code vars.service}) when it is
 *       a non-blank string, else the host name;</li>
 *   <li>summary: the first line of the last check output;</li>
 *   <li>started: {@code last_state_change} (unix seconds);</li>
 *   <li>acknowledged when {@code acknowledgement} is 1 (normal) or 2 (sticky): by the author of the newest
 *       acknowledgement comment of the object, since {@code acknowledgement_last_change}, until
 *       {@code acknowledgement_expiry} when set;</li>
 *   <li>an object in downtime ({@code downtime_depth > 0}) reads as silenced by "downtime".</li>
 * </ul>
 * Objects never checked yet (pending, no {@code last_check_result}) are no problem and are left out.
 * Stateless apart from the skip reporter; used on the poll thread.
 */
final class ProblemMapper {
    private final SourceId source;
    private final String serviceVar;
    private final SkippedRecords skipped;

    ProblemMapper(SourceId source, String serviceVar, SkippedRecords skipped) {
        this.source = source;
        this.serviceVar = serviceVar;
        this.skipped = skipped;
    }

    /** The newest acknowledgement comment per object name, from {@code comments(4)}. */
    static Map<String, JsonNode> latestAckComments(List<JsonNode> comments) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode c : comments) {
            JsonNode a = c.path("attrs");
            String host = a.path("host_name").asText("");
            String svc = a.path("service_name").asText("");
            String key = svc.isEmpty() ? host : host + "!" + svc;
            JsonNode old = out.get(key);
            if (old == null || a.path("entry_time").asDouble() >= old.path("attrs").path("entry_time").asDouble()) {
                out.put(key, c);
            }
        }
        return out;
    }

    /** The alert for one host or service object, or empty when it is pending or unreadable (reported once). */
    Optional<Alert> alert(JsonNode object, boolean host, Map<String, JsonNode> ackComments) {
        String fullName = object.path("name").asText("");
        JsonNode a = object.path("attrs");
        if (fullName.isBlank() || !a.path("state").isNumber()) {
            skipped.skip(fullName.isBlank() ? "(unnamed)" : fullName, "no name or state");
            return Optional.empty();
        }
        if (!a.path("last_check_result").isObject()) {
            return Optional.empty();
        }
        IcingaObject obj = IcingaObject.parse(fullName);
        int state = a.path("state").asInt();
        Map<String, String> labels = new TreeMap<>();
        labels.put("host", obj.host());
        obj.service().ifPresent(s -> labels.put("check", s));
        labels.put("state", stateName(host, state));
        labels.put("state_type", a.path("state_type").asInt() == 1 ? "HARD" : "SOFT");
        a.path("vars").fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                labels.put("vars." + e.getKey(), e.getValue().asText());
            }
        });
        String name = host ? "host down" : a.path("display_name").asText(obj.service().orElse(fullName));
        String output = a.path("last_check_result").path("output").asText("").strip();
        String summary = output.isEmpty() ? name : output.lines().findFirst().orElse(name);
        Instant started = seconds(a.path("last_state_change")).orElseGet(
                () -> seconds(a.path("last_check_result").path("execution_end")).orElse(Instant.EPOCH));
        List<String> silencedBy = a.path("downtime_depth").asDouble() > 0 ? List.of("downtime") : List.of();
        return Optional.of(new Alert(source, fullName, name, labels, summary, severity(host, state),
                service(a, obj), started, Optional.empty(), AlertState.FIRING, silencedBy,
                acknowledgement(a, ackComments.get(fullName))));
    }

    private String service(JsonNode attrs, IcingaObject obj) {
        JsonNode v = attrs.path("vars").path(serviceVar);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().trim() : obj.host();
    }

    private static Optional<Acknowledgement> acknowledgement(JsonNode a, JsonNode comment) {
        if (a.path("acknowledgement").asInt() == 0) {
            return Optional.empty();
        }
        Instant since = seconds(a.path("acknowledgement_last_change")).orElse(Instant.EPOCH);
        Optional<Instant> until = seconds(a.path("acknowledgement_expiry"));
        String by = comment == null ? "unknown" : comment.path("attrs").path("author").asText("unknown");
        String ref = comment == null ? "acknowledgement" : comment.path("name").asText("acknowledgement");
        return Optional.of(new Acknowledgement(by, since, until, ref));
    }

    static Severity severity(boolean host, int state) {
        if (host) {
            return Severity.CRITICAL;
        }
        switch (state) {
            case 2:
                return Severity.CRITICAL;
            case 3:
                return Severity.MAJOR;
            default:
                return Severity.WARNING;
        }
    }

    static String stateName(boolean host, int state) {
        if (host) {
            return state == 0 ? "UP" : "DOWN";
        }
        switch (state) {
            case 0:
                return "OK";
            case 1:
                return "WARNING";
            case 2:
                return "CRITICAL";
            default:
                return "UNKNOWN";
        }
    }

    /** A positive unix-seconds float as an instant; 0 (Icinga's "never") and non-numbers are empty. */
    static Optional<Instant> seconds(JsonNode n) {
        if (!n.isNumber() || n.asDouble() <= 0) {
            return Optional.empty();
        }
        double s = n.asDouble();
        long whole = (long) Math.floor(s);
        return Optional.of(Instant.ofEpochSecond(whole, Math.round((s - whole) * 1e9) % 1_000_000_000L));
    }
}
