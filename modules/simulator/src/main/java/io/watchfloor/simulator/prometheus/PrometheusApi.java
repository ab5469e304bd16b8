package io.watchfloor.simulator.prometheus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.simulator.http.ErrorStyle;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Request;
import io.watchfloor.simulator.http.Response;
import io.watchfloor.simulator.http.Router;
import io.watchfloor.simulator.scenario.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Prometheus query API of the simulator (API-NOTES §2): {@code /api/v1/query} and
 * {@code /api/v1/query_range} by GET or form POST, over {@code probe_success} and {@code up} of every
 * service, with 15 days of retention. The PromQL subset is in {@link PromQlParser}. Handlers run under
 * the simulator lock.
 */
public final class PrometheusApi {
    private static final long MAX_POINTS = 11_000;

    private final World world;
    private final SeriesCatalog catalog;

    public PrometheusApi(World world) {
        this.world = world;
        this.catalog = new SeriesCatalog(world.estate());
    }

    /** Adds the routes to {@code router}. */
    public void register(Router router) {
        router.style("/api/v1/", ErrorStyle.PLAIN)
                .get("/api/v1/query", this::query)
                .add("POST", "/api/v1/query", false, this::query)
                .get("/api/v1/query_range", this::queryRange)
                .add("POST", "/api/v1/query_range", false, this::queryRange)
                .get("/api/v1/status/buildinfo", r -> Response.json(200, buildInfo()))
                .get("/-/healthy", r -> Response.text(200, "Prometheus Server is Healthy.\n"))
                .get("/-/ready", r -> Response.text(200, "Prometheus Server is Ready.\n"));
    }

    private Response query(Request request) {
        Map<String, List<String>> form = request.form();
        try {
            Expr expr = PromQlParser.parse(first(form, "query"));
            String timeText = first(form, "time");
            long t = timeText.isEmpty() ? request.now().toEpochMilli() : PromTime.parseTime("time", timeText);
            Value value = evaluator(request).eval(expr, t);
            int limit = limit(form);
            List<String> warnings = new ArrayList<>();
            if (value instanceof Value.Scalar) {
                return PromJson.success("scalar", PromJson.pair(t, ((Value.Scalar) value).value()), warnings);
            }
            if (value instanceof Value.Matrix) {
                return PromJson.success("matrix", matrix(((Value.Matrix) value).curves(), limit, warnings), warnings);
            }
            ArrayNode result = Json.array();
            List<Value.Point> points = truncate(((Value.Vector) value).points(), limit, warnings);
            points.forEach(p -> result.add(Json.object().<ObjectNode>set("metric", PromJson.metric(p.labels()))
                    .set("value", PromJson.pair(t, p.value()))));
            return PromJson.success("vector", result, warnings);
        } catch (PromQlException e) {
            return PromJson.error(e);
        }
    }

    private Response queryRange(Request request) {
        Map<String, List<String>> form = request.form();
        try {
            Expr expr = PromQlParser.parse(first(form, "query"));
            long start = PromTime.parseTime("start", first(form, "start"));
            long end = PromTime.parseTime("end", first(form, "end"));
            if (end < start) {
                throw PromQlException.badData("invalid parameter \"end\": end timestamp must not be before start time");
            }
            long step = PromTime.parseStep(first(form, "step"));
            if (step <= 0) {
                throw PromQlException.badData("invalid parameter \"step\": zero or negative query resolution step "
                        + "widths are not accepted. Try a positive integer");
            }
            if ((end - start) / step > MAX_POINTS) {
                throw PromQlException.badData("exceeded maximum resolution of 11,000 points per timeseries. "
                        + "Try decreasing the query resolution (?step=XX)");
            }
            List<String> warnings = new ArrayList<>();
            return PromJson.success("matrix", matrix(rangeCurves(expr, start, end, step, request), limit(form),
                    warnings), warnings);
        } catch (PromQlException e) {
            return PromJson.error(e);
        }
    }

    private List<Value.Curve> rangeCurves(Expr expr, long start, long end, long step, Request request)
            throws PromQlException {
        if (expr instanceof Expr.Range) {
            throw PromQlException.badData("invalid expression type \"range vector\" for range query, "
                    + "must be Scalar or instant Vector");
        }
        Evaluator evaluator = evaluator(request);
        Map<String, SortedMap<String, String>> labels = new TreeMap<>();
        Map<String, List<ProbeSamples.Sample>> points = new TreeMap<>();
        for (long t = start; t <= end; t += step) {
            Value v = evaluator.eval(expr, t);
            List<Value.Point> vector = v instanceof Value.Scalar
                    ? List.of(new Value.Point(new TreeMap<>(), ((Value.Scalar) v).value()))
                    : ((Value.Vector) v).points();
            for (Value.Point p : vector) {
                String key = p.labels().toString();
                labels.putIfAbsent(key, p.labels());
                points.computeIfAbsent(key, k -> new ArrayList<>()).add(new ProbeSamples.Sample(t, p.value()));
            }
        }
        List<Value.Curve> curves = new ArrayList<>();
        labels.forEach((key, l) -> curves.add(new Value.Curve(l, points.get(key))));
        return curves;
    }

    private static ArrayNode matrix(List<Value.Curve> curves, int limit, List<String> warnings) {
        ArrayNode result = Json.array();
        for (Value.Curve c : truncate(curves, limit, warnings)) {
            ArrayNode values = Json.array();
            c.samples().forEach(s -> values.add(PromJson.pair(s.atMillis(), s.value())));
            result.add(Json.object().<ObjectNode>set("metric", PromJson.metric(c.labels())).set("values", values));
        }
        return result;
    }

    private static <T> List<T> truncate(List<T> items, int limit, List<String> warnings) {
        if (limit > 0 && items.size() > limit) {
            warnings.add("results truncated due to limit");
            return items.subList(0, limit);
        }
        return items;
    }

    private static int limit(Map<String, List<String>> form) throws PromQlException {
        String text = first(form, "limit");
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw PromQlException.badData("invalid parameter \"limit\": cannot parse \"" + text + "\" to a valid limit");
        }
    }

    private Evaluator evaluator(Request request) {
        return new Evaluator(catalog, new ProbeSamples(world.outages(), request.now()));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    private static ObjectNode buildInfo() {
        ObjectNode data = Json.object().put("version", "2.42.0-sim").put("revision", "simulator")
                .put("branch", "HEAD").put("buildUser", "watchfloor@simulator").put("buildDate", "20260820-10:00:00")
                .put("goVersion", "go1.20.3");
        return Json.object().put("status", "success").set("data", data);
    }
}
