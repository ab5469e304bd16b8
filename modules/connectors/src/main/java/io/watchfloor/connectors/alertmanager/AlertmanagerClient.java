package io.watchfloor.connectors.alertmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.WireJson;
import io.watchfloor.core.Alert;
import io.watchfloor.core.SourceKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A typed Alertmanager API v2 client for operator actions: read alert groups and silences, create a
 * silence (how Watchfloor acknowledges, with an {@code ACK!} comment), expire one.
 *
 * <p>With several URLs (an HA cluster, which gossips silences), reads use the first replica that
 * answers; a write moves to the next replica only when the previous could not be connected to, so a
 * silence is never created twice.
 *
 * <p>Thread-safe; every method blocks on network IO and must not run on the FX thread.
 */
public final class AlertmanagerClient {
    private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerClient.class);
    private static final String REPLICAS = "Alertmanager replicas";

    private final SourceHttp http;
    private final AlertmanagerApi api;
    private final AlertMapper mapper;

    /** A client over the source's own HTTP access (shared with its connector). */
    public AlertmanagerClient(SourceConfig cfg, SourceHttp http) {
        if (cfg.kind() != SourceKind.ALERTMANAGER) {
            throw new IllegalArgumentException("source " + cfg.id() + " is not an Alertmanager source");
        }
        this.http = http;
        SkippedRecords skipped = new SkippedRecords(LOG, cfg.id().value());
        this.api = new AlertmanagerApi(http, skipped);
        this.mapper = AlertMapper.fromConfig(cfg, skipped);
    }

    /**
     * Creates a client for an Alertmanager source.
     *
     * @throws IllegalArgumentException on a configuration error (as {@code Connectors.create})
     */
    public static AlertmanagerClient create(SourceConfig cfg, OkHttpClient shared, Clock clock,
                                            Function<String, Optional<String>> env) {
        return new AlertmanagerClient(cfg, SourceHttp.create(cfg, shared, clock, env));
    }

    /**
     * The alert groups ({@code GET /api/v2/alerts/groups}), with each alert's silences and
     * acknowledgement resolved against {@code GET /api/v2/silences} of the same replica.
     */
    public List<AlertGroup> groups() throws SourceException {
        return Endpoints.firstAnswering(http.baseUrls(), REPLICAS, this::groupsAt);
    }

    /** Every silence the cluster holds ({@code GET /api/v2/silences}): active, pending and recently expired. */
    public List<Silence> silences() throws SourceException {
        return Endpoints.firstAnswering(http.baseUrls(), REPLICAS, base -> silencesAt(base));
    }

    /**
     * The silences that carry every one of {@code having} as one of their own matchers (same name, operator
     * and value), active, pending or recently expired: {@code GET /api/v2/silences} with a {@code filter} per
     * matcher, so that the cluster sends only those instead of every silence it holds. A matcher whose label
     * name cannot go into a filter is left out, so the answer may hold more; never fewer.
     */
    public List<Silence> silences(List<SilenceMatcher> having) throws SourceException {
        List<String> filters = new ArrayList<>();
        having.forEach(m -> m.asFilter().ifPresent(filters::add));
        return Endpoints.firstAnswering(http.baseUrls(), REPLICAS, base -> {
            List<Silence> out = new ArrayList<>();
            for (SilenceDto dto : api.silences(base, filters)) {
                mapper.silence(dto).ifPresent(out::add);
            }
            return out;
        });
    }

    /** One silence by id ({@code GET /api/v2/silence/{id}}); empty when the cluster does not know it. */
    public Optional<Silence> silence(String id) throws SourceException {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("silence id must not be blank");
        }
        return Endpoints.firstAnswering(http.baseUrls(), REPLICAS,
                base -> api.silence(base, id.trim()).flatMap(mapper::silence));
    }

    /**
     * Creates a silence ({@code POST /api/v2/silences}).
     *
     * @param matchers  what to mute; at least one
     * @param startsAt  start; must be before {@code endsAt}
     * @param endsAt    end
     * @param createdBy the operator
     * @param comment   why; start it with the ack prefix ({@code ACK!}) to acknowledge
     * @return the new silence's id
     * @throws SourceException when Alertmanager refuses it (its reason is in the message) or cannot be reached
     */
    public String createSilence(List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
                                String comment) throws SourceException {
        ObjectNode body = postableSilence(matchers, startsAt, endsAt, createdBy, comment);
        return Endpoints.firstConnecting(http.baseUrls(), REPLICAS, base -> api.createSilence(base, body));
    }

    /** Expires a silence ({@code DELETE /api/v2/silence/{id}}); an unknown id is an HTTP 404 failure. */
    public void expireSilence(String id) throws SourceException {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("silence id must not be blank");
        }
        Endpoints.firstConnecting(http.baseUrls(), REPLICAS, base -> {
            api.expireSilence(base, id.trim());
            return Boolean.TRUE;
        });
    }

    private List<AlertGroup> groupsAt(HttpUrl base) throws SourceException {
        List<GroupDto> groups = api.groups(base);
        Map<String, Silence> silences = new HashMap<>();
        for (Silence s : silencesAt(base)) {
            silences.put(s.id(), s);
        }
        String request = "GET " + SourceHttp.display(SourceHttp.resolve(base, "api/v2/alerts/groups").build());
        List<AlertGroup> out = new ArrayList<>();
        for (GroupDto g : groups) {
            List<Alert> alerts = new ArrayList<>();
            for (AlertDto dto : api.groupAlerts(g.alerts(), request)) {
                mapper.alert(dto, silences).ifPresent(alerts::add);
            }
            String receiver = g.receiver() == null || g.receiver().name() == null ? "" : g.receiver().name();
            out.add(new AlertGroup(withoutNulls(g.labels()), receiver, alerts));
        }
        return out;
    }

    private List<Silence> silencesAt(HttpUrl base) throws SourceException {
        List<Silence> out = new ArrayList<>();
        for (SilenceDto dto : api.silences(base)) {
            mapper.silence(dto).ifPresent(out::add);
        }
        return out;
    }

    private static ObjectNode postableSilence(List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt,
                                              String createdBy, String comment) {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (matchers == null || matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a silence must end after it starts: " + startsAt + " .. " + endsAt);
        }
        if (createdBy == null || createdBy.isBlank() || comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("a silence needs createdBy and a comment");
        }
        ObjectNode body = WireJson.object();
        ArrayNode ms = body.putArray("matchers");
        for (SilenceMatcher m : matchers) {
            ms.addObject().put("name", m.name()).put("value", m.value()).put("isRegex", m.regex()).put("isEqual", m.equal());
        }
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", endsAt.toString());
        body.put("createdBy", createdBy);
        body.put("comment", comment);
        return body;
    }

    private static Map<String, String> withoutNulls(Map<String, String> in) {
        Map<String, String> out = new HashMap<>();
        in.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
