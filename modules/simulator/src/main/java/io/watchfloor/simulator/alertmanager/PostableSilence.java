package io.watchfloor.simulator.alertmanager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.simulator.http.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code postableSilence} body. Parsing reproduces the layers of Alertmanager: JSON syntax and
 * types (400, go-swagger object), required fields (422, go-swagger object), then the silence rules
 * (400, JSON string), each as a {@link SilenceStore.Rejected} carrying the body to send.
 */
record PostableSilence(Optional<String> id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt,
                       String createdBy, String comment) {

    /** A rejection whose message is the complete JSON body to answer with. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final transient JsonNode body;

        Invalid(int status, JsonNode body) {
            super(body.toString());
            this.status = status;
            this.body = body;
        }

        int status() {
            return status;
        }

        JsonNode body() {
            return body;
        }
    }

    static PostableSilence parse(String text) throws Invalid {
        JsonNode root;
        try {
            root = Json.read(text);
        } catch (JsonProcessingException e) {
            throw swagger(400, 400, "parsing silence body from \"\" failed, because " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw swagger(400, 400, "parsing silence body from \"\" failed, because json: cannot unmarshal "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT) + " into Go value of type models.PostableSilence");
        }
        for (String field : List.of("comment", "createdBy", "endsAt", "matchers", "startsAt")) {
            if (!root.hasNonNull(field)) {
                throw swagger(422, 602, field + " in body is required");
            }
        }
        Instant startsAt = time(root, "startsAt");
        Instant endsAt = time(root, "endsAt");
        Optional<String> id = root.hasNonNull("id") ? Optional.of(root.get("id").asText()) : Optional.empty();
        return new PostableSilence(id, matchers(root.get("matchers")), startsAt, endsAt,
                root.get("createdBy").asText(), root.get("comment").asText());
    }

    private static List<LabelMatcher> matchers(JsonNode array) throws Invalid {
        if (!array.isArray()) {
            throw swagger(400, 400, "parsing silence body from \"\" failed, because json: cannot unmarshal into matchers");
        }
        List<LabelMatcher> matchers = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode m = array.get(i);
            for (String field : List.of("isRegex", "name", "value")) {
                if (!m.hasNonNull(field)) {
                    throw swagger(422, 602, "matchers." + i + "." + field + " in body is required");
                }
            }
            boolean isEqual = !m.has("isEqual") || m.get("isEqual").asBoolean(true);
            try {
                matchers.add(LabelMatcher.of(m.get("name").asText(), m.get("value").asText(),
                        m.get("isRegex").asBoolean(), isEqual));
            } catch (IllegalArgumentException e) {
                throw new Invalid(400, Json.object().textNode("silence invalid: invalid label matcher " + i + ": "
                        + e.getMessage()));
            }
        }
        if (matchers.isEmpty()) {
            throw new Invalid(400, Json.object().textNode("silence invalid: at least one matcher required"));
        }
        return matchers;
    }

    private static Instant time(JsonNode root, String field) throws Invalid {
        return Rfc3339.parse(root.get(field).asText()).orElseThrow(() -> swagger(400, 400,
                "parsing silence body from \"\" failed, because parsing time \"" + root.get(field).asText()
                        + "\" as RFC3339 failed"));
    }

    private static Invalid swagger(int status, int code, String message) {
        return new Invalid(status, Json.object().put("code", code).put("message", message));
    }
}
