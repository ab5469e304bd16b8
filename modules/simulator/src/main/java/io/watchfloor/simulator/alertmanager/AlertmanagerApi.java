package io.watchfloor.simulator.alertmanager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Request;
import io.watchfloor.simulator.http.Response;
import io.watchfloor.simulator.http.Router;
import io.watchfloor.simulator.scenario.World;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The Alertmanager v2 API of the simulator (API-NOTES §1): alerts, alert groups, silences, status and
 * receivers under {@code /api/v2/}. Groups are formed by {@code (alertname, service)}, the route's
 * {@code group_by} in the served config. Inhibition is not modelled ({@code inhibitedBy} stays empty).
 * Handlers run under the simulator lock.
 */
public final class AlertmanagerApi {
    private final World world;
    private final SilenceStore silences;
    private final AlertBoard board;
    private final Instant startedAt;

    public AlertmanagerApi(World world, URI baseUrl) {
        this.world = world;
        this.silences = new SilenceStore(world.seed());
        this.board = new AlertBoard(world, silences, baseUrl);
        this.startedAt = world.start();
    }

    /** Adds the routes to {@code router}. */
    public void register(Router router) {
        router.style("/api/v2/", new AlertmanagerErrors())
                .get("/api/v2/alerts", this::alerts)
                .get("/api/v2/alerts/groups", this::groups)
                .get("/api/v2/silences", this::listSilences)
                .add("POST", "/api/v2/silences", true, this::postSilence)
                .get("/api/v2/silence/{id}", this::getSilence)
                .add("DELETE", "/api/v2/silence/{id}", true, this::deleteSilence)
                .get("/api/v2/status", this::status)
                .get("/api/v2/receivers", r -> Response.json(200, Json.array()
                        .add(Json.object().put("name", AlertBoard.RECEIVER))));
    }

    private Response alerts(Request request) {
        try {
            ArrayNode out = Json.array();
            filtered(request).forEach(a -> out.add(AlertJson.alert(a)));
            return Response.json(200, out);
        } catch (BadQuery e) {
            return e.response();
        }
    }

    private Response groups(Request request) {
        try {
            Map<String, List<LiveAlert>> byGroup = new TreeMap<>();
            Map<String, Map<String, String>> groupLabels = new TreeMap<>();
            for (LiveAlert a : filtered(request)) {
                Map<String, String> labels = new TreeMap<>(Map.of("alertname", a.labels().get("alertname"),
                        "service", a.labels().get("service")));
                String key = labels.toString();
                groupLabels.put(key, labels);
                byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            ArrayNode out = Json.array();
            byGroup.forEach((key, alerts) -> out.add(AlertJson.group(groupLabels.get(key), alerts)));
            return Response.json(200, out);
        } catch (BadQuery e) {
            return e.response();
        }
    }

    private List<LiveAlert> filtered(Request request) throws BadQuery {
        boolean active = bool(request, "active");
        boolean silenced = bool(request, "silenced");
        // Nothing is ever inhibited or unprocessed here: those two flags are only validated.
        bool(request, "inhibited");
        bool(request, "unprocessed");
        List<LabelMatcher> matchers = new ArrayList<>();
        for (String filter : request.params("filter")) {
            try {
                matchers.addAll(MatcherParser.parse(filter));
            } catch (IllegalArgumentException e) {
                throw new BadQuery(Response.json(400, Json.object().textNode(e.getMessage())));
            }
        }
        boolean receiverMatches = receiver(request).matcher(AlertBoard.RECEIVER).matches();
        List<LiveAlert> out = new ArrayList<>();
        for (LiveAlert a : board.at(request.now())) {
            boolean suppressed = !a.silencedBy().isEmpty();
            boolean wanted = (active || suppressed) && (silenced || !suppressed) && receiverMatches
                    && matchers.stream().allMatch(m -> m.matches(a.labels()));
            if (wanted) {
                out.add(a);
            }
        }
        return out;
    }

    private static Pattern receiver(Request request) throws BadQuery {
        String regex = request.param("receiver").orElse(".*");
        try {
            return Pattern.compile("^(?:" + regex + ")$");
        } catch (PatternSyntaxException e) {
            throw new BadQuery(Response.json(400, Json.object().textNode("failed to parse receiver param: "
                    + e.getDescription())));
        }
    }

    private static boolean bool(Request request, String name) throws BadQuery {
        String value = request.param(name).orElse("true").toLowerCase(Locale.ROOT);
        switch (value) {
            case "1": case "t": case "true":
                return true;
            case "0": case "f": case "false":
                return false;
            default:
                throw new BadQuery(Response.json(400, Json.object().put("code", 400).put("message",
                        name + " in query must be of type bool: \"" + value + "\"")));
        }
    }

    private Response listSilences(Request request) {
        List<LabelMatcher> matchers = new ArrayList<>();
        for (String filter : request.params("filter")) {
            try {
                matchers.addAll(MatcherParser.parse(filter));
            } catch (IllegalArgumentException e) {
                return Response.json(400, Json.object().textNode(e.getMessage()));
            }
        }
        ArrayNode out = Json.array();
        silences.having(matchers, request.now()).forEach(s -> out.add(AlertJson.silence(s, request.now())));
        return Response.json(200, out);
    }

    private Response postSilence(Request request) {
        Instant now = request.now();
        try {
            PostableSilence s = PostableSilence.parse(request.body());
            if (!s.startsAt().isBefore(s.endsAt())) {
                return Response.json(400, Json.object().textNode("Failed to create silence: start time must be before end time"));
            }
            if (s.endsAt().isBefore(now)) {
                return Response.json(400, Json.object().textNode("Failed to create silence: end time can't be in the past"));
            }
            String id = silences.post(s.id(), s.matchers(), s.startsAt(), s.endsAt(), s.createdBy(), s.comment(), now);
            return Response.json(200, Json.object().put("silenceID", id));
        } catch (PostableSilence.Invalid e) {
            return Response.json(e.status(), e.body());
        } catch (SilenceStore.Rejected e) {
            return Response.json(e.status(), Json.object().textNode(e.getMessage()));
        }
    }

    private Response getSilence(Request request) {
        return silences.find(request.pathParam("id"))
                .map(s -> Response.json(200, AlertJson.silence(s, request.now())))
                .orElse(Response.empty(404));
    }

    private Response deleteSilence(Request request) {
        try {
            silences.expire(request.pathParam("id"), request.now());
            return Response.empty(200);
        } catch (SilenceStore.Rejected e) {
            return e.status() == 404 ? Response.empty(404)
                    : Response.json(e.status(), Json.object().textNode(e.getMessage()));
        }
    }

    private Response status(Request request) {
        ObjectNode out = Json.object();
        out.set("cluster", Json.object().put("status", "disabled").set("peers", Json.array()));
        out.set("config", Json.object().put("original", AlertmanagerConfig.YAML));
        out.put("uptime", Rfc3339.format(startedAt));
        out.set("versionInfo", Json.object().put("branch", "HEAD").put("buildDate", "20260820-10:00:00")
                .put("buildUser", "watchfloor@simulator").put("goVersion", "go1.20.3")
                .put("revision", "simulator").put("version", "0.25.0-sim"));
        return Response.json(200, out);
    }

    /** A query the handler refuses, with the response to send. */
    private static final class BadQuery extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Response response;

        BadQuery(Response response) {
            super(response.bodyText());
            this.response = response;
        }

        Response response() {
            return response;
        }
    }
}
