package io.watchfloor.simulator.prometheus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Evaluates an {@link Expr} at one instant over the stored series. {@code *_over_time} figures are the
 * exact statistics of the 15 s samples held in the window (see {@link ProbeSamples}).
 */
final class Evaluator {
    private static final long MAX_SAMPLES = 1_000_000;
    private static final Comparator<Value.Point> BY_LABELS = Comparator.comparing(p -> p.labels().toString());

    private final SeriesCatalog catalog;
    private final ProbeSamples samples;

    Evaluator(SeriesCatalog catalog, ProbeSamples samples) {
        this.catalog = catalog;
        this.samples = samples;
    }

    Value eval(Expr e, long t) throws PromQlException {
        if (e instanceof Expr.Number) {
            return new Value.Scalar(((Expr.Number) e).value());
        }
        if (e instanceof Expr.Selector) {
            return instant((Expr.Selector) e, t);
        }
        if (e instanceof Expr.Range) {
            return range((Expr.Range) e, t);
        }
        if (e instanceof Expr.OverTime) {
            return overTime((Expr.OverTime) e, t);
        }
        if (e instanceof Expr.Aggregation) {
            return aggregate((Expr.Aggregation) e, t);
        }
        return scale((Expr.Scale) e, t);
    }

    private Value instant(Expr.Selector selector, long t) {
        List<Value.Point> points = new ArrayList<>();
        for (Series s : catalog.select(selector.matchers())) {
            samples.latest(s.service(), t).ifPresent(sample -> points.add(new Value.Point(s.labels(), sample.value())));
        }
        points.sort(BY_LABELS);
        return new Value.Vector(points);
    }

    private Value range(Expr.Range range, long t) throws PromQlException {
        List<Value.Curve> curves = new ArrayList<>();
        long total = 0;
        for (Series s : catalog.select(range.selector().matchers())) {
            long from = t - range.window().toMillis();
            total += samples.window(s.service(), from, t).count();
            if (total > MAX_SAMPLES) {
                throw new PromQlException("execution",
                        "query processing would load too many samples into memory in query execution");
            }
            List<ProbeSamples.Sample> list = samples.samples(s.service(), from, t);
            if (!list.isEmpty()) {
                curves.add(new Value.Curve(s.labels(), list));
            }
        }
        curves.sort(Comparator.comparing(c -> c.labels().toString()));
        return new Value.Matrix(curves);
    }

    private Value overTime(Expr.OverTime call, long t) {
        List<Value.Point> points = new ArrayList<>();
        long from = t - call.range().window().toMillis();
        for (Series s : catalog.select(call.range().selector().matchers())) {
            ProbeSamples.Window w = samples.window(s.service(), from, t);
            if (w.count() > 0) {
                points.add(new Value.Point(new TreeMap<>(s.withoutName()), statistic(call.function(), w)));
            }
        }
        points.sort(BY_LABELS);
        return new Value.Vector(points);
    }

    private static double statistic(String function, ProbeSamples.Window w) {
        long up = w.count() - w.down();
        switch (function) {
            case "avg_over_time":
                return (double) up / w.count();
            case "min_over_time":
                return w.down() > 0 ? 0 : 1;
            case "max_over_time":
                return up > 0 ? 1 : 0;
            case "sum_over_time":
                return up;
            default:
                return w.count();
        }
    }

    private Value aggregate(Expr.Aggregation agg, long t) throws PromQlException {
        Value.Vector in = vector(eval(agg.arg(), t), "aggregation expression");
        Map<SortedMap<String, String>, List<Double>> groups = new LinkedHashMap<>();
        for (Value.Point p : in.points()) {
            SortedMap<String, String> key = new TreeMap<>();
            agg.by().forEach(l -> {
                if (p.labels().containsKey(l)) {
                    key.put(l, p.labels().get(l));
                }
            });
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p.value());
        }
        List<Value.Point> out = new ArrayList<>();
        groups.forEach((labels, values) -> out.add(new Value.Point(labels, reduce(agg.op(), values))));
        out.sort(BY_LABELS);
        return new Value.Vector(out);
    }

    private static double reduce(String op, List<Double> values) {
        switch (op) {
            case "min":
                return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            case "max":
                return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            case "sum":
                return values.stream().mapToDouble(Double::doubleValue).sum();
            case "count":
                return values.size();
            default:
                return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    private Value scale(Expr.Scale scale, long t) throws PromQlException {
        Value in = eval(scale.arg(), t);
        if (in instanceof Value.Scalar) {
            return new Value.Scalar(apply(scale, ((Value.Scalar) in).value()));
        }
        Value.Vector v = vector(in, "binary expression");
        List<Value.Point> out = new ArrayList<>();
        for (Value.Point p : v.points()) {
            SortedMap<String, String> labels = new TreeMap<>(p.labels());
            labels.remove("__name__");
            out.add(new Value.Point(labels, apply(scale, p.value())));
        }
        return new Value.Vector(out);
    }

    private static double apply(Expr.Scale scale, double value) {
        return scale.op().equals("*") ? value * scale.factor() : value / scale.factor();
    }

    private static Value.Vector vector(Value v, String where) throws PromQlException {
        if (v instanceof Value.Vector) {
            return (Value.Vector) v;
        }
        String type = v instanceof Value.Matrix ? "range vector" : "scalar";
        throw PromQlException.badData("expected type instant vector in " + where + ", got " + type);
    }
}
