package io.watchfloor.connectors.rt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.ErrorText;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * The Request Tracker REST2 calls ({@code <base>/REST/2.0/...}) on {@link SourceHttp}. With a token, every
 * request carries {@code Authorization: token <secret>} (RT's scheme, not "Bearer"); basic auth comes from
 * {@link SourceHttp}. Searches page by 100 and follow pages until none is left or {@code maxItems} are read.
 * Reads try each configured URL; writes go to the first that connects. Immutable; blocking; any non-FX thread.
 */
final class RtApi {
    /** RT's error body: {@code {"message":"Unauthorized"}}. */
    static final ErrorText ERRORS = body -> body.path("message").isTextual()
            ? Optional.of(SourceHttp.oneLine(body.path("message").asText(), 300)) : Optional.empty();
    static final String TICKET_FIELDS = "Subject,Status,Priority,Owner,Queue,SLA,Due,Starts,Started,Created,LastUpdated,Resolved";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int PAGE = 100;

    private final SourceHttp http;
    private final Optional<String> tokenHeader;

    RtApi(SourceHttp http, Optional<String> token) {
        this.http = http;
        this.tokenHeader = token.map(t -> "token " + t);
    }

    /** Tickets matching the TicketSQL {@code query}, with the board's fields; at most {@code maxItems}. */
    List<JsonNode> tickets(String query, int maxItems) throws SourceException {
        List<JsonNode> out = new ArrayList<>();
        for (int page = 1; out.size() < maxItems; page++) {
            int p = page;
            JsonNode reply = read(base -> SourceHttp.resolve(base, "REST/2.0/tickets")
                    .addQueryParameter("query", query).addQueryParameter("fields", TICKET_FIELDS)
                    .addQueryParameter("fields[Queue]", "Name").addQueryParameter("fields[Owner]", "Name,RealName")
                    .addQueryParameter("orderby", "id").addQueryParameter("per_page", String.valueOf(PAGE))
                    .addQueryParameter("page", String.valueOf(p)).build());
            JsonNode items = reply.path("items");
            items.forEach(i -> {
                if (out.size() < maxItems) {
                    out.add(i);
                }
            });
            if (items.size() < PAGE || (reply.path("pages").isNumber() && page >= reply.path("pages").asInt())) {
                break;
            }
        }
        return out;
    }

    JsonNode ticket(String id) throws SourceException {
        return read(base -> SourceHttp.resolve(base, "REST/2.0/ticket/" + id).build());
    }

    /** The ticket's transactions, oldest first (up to 100). */
    JsonNode history(String id) throws SourceException {
        return read(base -> SourceHttp.resolve(base, "REST/2.0/ticket/" + id + "/history")
                .addQueryParameter("fields", "Type,Creator,Created,Field,OldValue,NewValue")
                .addQueryParameter("per_page", "100").build()).path("items");
    }

    /** The ticket's attachments with their text (where action markers are looked for). */
    JsonNode attachments(String id) throws SourceException {
        return read(base -> SourceHttp.resolve(base, "REST/2.0/ticket/" + id + "/attachments")
                .addQueryParameter("fields", "Content,ContentType,TransactionId")
                .addQueryParameter("per_page", "100").build()).path("items");
    }

    /** {@code PUT /ticket/{id}[/verb]}: RT answers a list of human messages (also for what it refused). */
    List<String> put(String id, String verb, ObjectNode body) throws SourceException {
        String path = "REST/2.0/ticket/" + id + (verb.isEmpty() ? "" : "/" + verb);
        JsonNode reply = write(base -> new Request.Builder().url(SourceHttp.resolve(base, path).build())
                .put(RequestBody.create(WireJson.write(body), JSON)));
        List<String> messages = new ArrayList<>();
        reply.forEach(m -> messages.add(m.asText()));
        return messages;
    }

    /** {@code POST /ticket/{id}/comment} (internal) or {@code /correspond} (to the requestors), plain text. */
    List<String> note(String id, boolean correspond, String text) throws SourceException {
        ObjectNode body = WireJson.object();
        body.put("Content", text);
        body.put("ContentType", "text/plain");
        String path = "REST/2.0/ticket/" + id + (correspond ? "/correspond" : "/comment");
        JsonNode reply = write(base -> new Request.Builder().url(SourceHttp.resolve(base, path).build())
                .post(RequestBody.create(WireJson.write(body), JSON)));
        List<String> messages = new ArrayList<>();
        reply.forEach(m -> messages.add(m.asText()));
        return messages;
    }

    private JsonNode read(UrlAt url) throws SourceException {
        return Endpoints.firstAnswering(http.baseUrls(), "RT servers",
                base -> http.send(authorized(new Request.Builder().url(url.at(base)).get()), ERRORS).body());
    }

    private JsonNode write(RequestAt request) throws SourceException {
        return Endpoints.firstConnecting(http.baseUrls(), "RT servers",
                base -> http.send(authorized(request.at(base)), ERRORS).body());
    }

    private Request authorized(Request.Builder b) {
        b.header("Accept", "application/json");
        tokenHeader.ifPresent(t -> b.header("Authorization", t));
        return b.build();
    }

    @FunctionalInterface
    private interface UrlAt {
        HttpUrl at(HttpUrl base);
    }

    @FunctionalInterface
    private interface RequestAt {
        Request.Builder at(HttpUrl base);
    }
}
