package io.watchfloor.connectors.alertmanager;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.ErrorText;
import io.watchfloor.connectors.JsonReply;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Alertmanager API v2 calls Watchfloor makes, against one replica's base URL at a time
 * (API-NOTES section 1). Lists are bound element by element: a malformed element is skipped and
 * reported, a body that is not a list is {@code MALFORMED}. Alerts, the large list, are bound from the
 * token stream; silences and groups through a tree. Stateless apart from the shared
 * reporter; thread-safe.
 */
final class AlertmanagerApi {
    /** Alertmanager's error bodies are a bare JSON string; go-swagger validation errors carry {@code message}. */
    static final ErrorText ERRORS = body -> {
        if (body.isTextual()) {
            return Optional.of(body.asText());
        }
        return body.hasNonNull("message") ? Optional.of(body.get("message").asText()) : Optional.empty();
    };
    private static final MediaType JSON = MediaType.get("application/json");

    private final SourceHttp http;
    private final SkippedRecords skipped;

    AlertmanagerApi(SourceHttp http, SkippedRecords skipped) {
        this.http = http;
        this.skipped = skipped;
    }

    /**
     * {@code GET /api/v2/alerts?active=true&silenced=true&inhibited=true}: every alert that is not resolved,
     * bound from the token stream ({@link AlertReader}) with the strings of {@code previous} where they are
     * unchanged; alerts it had to skip are reported once the body is read.
     */
    List<AlertDto> alerts(HttpUrl base, LastPoll previous) throws SourceException {
        HttpUrl url = SourceHttp.resolve(base, "api/v2/alerts")
                .addQueryParameter("active", "true")
                .addQueryParameter("silenced", "true")
                .addQueryParameter("inhibited", "true")
                .build();
        AlertReader.Batch batch = http.get(url, ERRORS, (parser, request) -> AlertReader.list(parser, request, previous));
        report(batch.skipped());
        return batch.alerts();
    }

    /** {@code GET /api/v2/silences}: all silences the replica still holds (active, pending, expired). */
    List<SilenceDto> silences(HttpUrl base) throws SourceException {
        return elements(http.get(SourceHttp.resolve(base, "api/v2/silences").build(), ERRORS),
                SilenceDto.class, "silence", "id");
    }

    /**
     * {@code GET /api/v2/silences?filter=...&filter=...}: the silences (active, pending, expired) that have,
     * for each filter expression, a matcher of the same name, operator and value (Alertmanager's
     * {@code CheckSilenceMatchesFilterLabels}). No filters: all of them.
     */
    List<SilenceDto> silences(HttpUrl base, List<String> filters) throws SourceException {
        HttpUrl.Builder url = SourceHttp.resolve(base, "api/v2/silences");
        filters.forEach(f -> url.addQueryParameter("filter", f));
        return elements(http.get(url.build(), ERRORS), SilenceDto.class, "silence", "id");
    }

    /** {@code GET /api/v2/silence/{id}} (singular path): one silence; empty when the replica does not know it (404). */
    Optional<SilenceDto> silence(HttpUrl base, String id) throws SourceException {
        HttpUrl url = SourceHttp.resolve(base, "api/v2/silence").addPathSegment(id).build();
        JsonReply reply;
        try {
            reply = http.get(url, ERRORS);
        } catch (SourceException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        return bind(reply.body(), SilenceDto.class, "silence", "id", reply.request());
    }

    /** {@code GET /api/v2/alerts/groups}. */
    List<GroupDto> groups(HttpUrl base) throws SourceException {
        return elements(http.get(SourceHttp.resolve(base, "api/v2/alerts/groups").build(), ERRORS),
                GroupDto.class, "alert group", "labels");
    }

    /** Binds the alerts of one group (already parsed with the group); a bad one is skipped and reported. */
    List<AlertDto> groupAlerts(List<JsonNode> nodes, String request) {
        AlertReader reader = new AlertReader(request, LastPoll.none());
        List<AlertDto> out = new ArrayList<>();
        List<AlertReader.Skip> skips = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try (JsonParser p = nodes.get(i).traverse()) {
                p.nextToken();
                reader.element(p, i, out, skips);
            } catch (IOException e) { // a tree in memory does not fail to read; kept total for safety
                skips.add(new AlertReader.Skip("alert:#" + i, "alert #" + i + " from " + request + ": " + e.getMessage()));
            }
        }
        report(skips);
        return out;
    }

    /** {@code POST /api/v2/silences} with a postableSilence; returns the new silence id. */
    String createSilence(HttpUrl base, ObjectNode postableSilence) throws SourceException {
        Request request = new Request.Builder()
                .url(SourceHttp.resolve(base, "api/v2/silences").build())
                .post(RequestBody.create(WireJson.write(postableSilence), JSON))
                .build();
        JsonReply reply = http.send(request, ERRORS);
        String id = WireJson.text(reply.body(), "silenceID");
        if (id.isBlank()) {
            throw reply.malformed("no silenceID");
        }
        return id;
    }

    /** {@code DELETE /api/v2/silence/{id}} (singular path): expires the silence. */
    void expireSilence(HttpUrl base, String id) throws SourceException {
        HttpUrl url = SourceHttp.resolve(base, "api/v2/silence").addPathSegment(id).build();
        http.sendForStatus(new Request.Builder().url(url).delete().build(), ERRORS);
    }

    private void report(List<AlertReader.Skip> skips) {
        for (AlertReader.Skip s : skips) {
            skipped.skip(s.key(), SourceHttp.oneLine(s.reason(), 300));
        }
    }

    private <T> List<T> elements(JsonReply reply, Class<T> type, String what, String keyField) throws SourceException {
        if (!reply.body().isArray()) {
            throw reply.malformed("a JSON " + reply.body().getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + " instead of a list of " + what + "s");
        }
        List<T> out = new ArrayList<>();
        for (JsonNode node : reply.body()) {
            bind(node, type, what, keyField, reply.request()).ifPresent(out::add);
        }
        return out;
    }

    private <T> Optional<T> bind(JsonNode node, Class<T> type, String what, String keyField, String request) {
        try {
            return Optional.of(WireJson.bind(node, type));
        } catch (JsonProcessingException e) {
            String key = node.path(keyField).toString();
            skipped.skip(what + ":" + key, what + " " + key + " from " + request + ": "
                    + SourceHttp.oneLine(String.valueOf(e.getOriginalMessage()), 160));
            return Optional.empty();
        }
    }
}
