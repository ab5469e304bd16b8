package io.watchfloor.bench.report;

import java.util.Objects;
import java.util.Optional;

/**
 * What a figure must reach, and the test of a measurement against it. Immutable.
 *
 * @param kind  how the limit applies
 * @param limit the number: a ratio for the ratio kinds, else in {@code unit}
 * @param unit  the unit of {@code limit} for {@link Kind#AT_MOST} and {@link Kind#AT_MOST_BASELINE_PLUS}
 */
public record Target(Kind kind, double limit, String unit) {
    /** The shapes of targets in the table. */
    public enum Kind {
        /** figure / baseline >= limit */
        AT_LEAST_RATIO,
        /** figure / baseline <= limit */
        AT_MOST_RATIO,
        /** figure <= limit */
        AT_MOST,
        /** figure <= baseline + limit */
        AT_MOST_BASELINE_PLUS
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
    }

    public static Target atLeastRatio(double ratio) {
        return new Target(Kind.AT_LEAST_RATIO, ratio, "");
    }

    public static Target atMostRatio(double ratio) {
        return new Target(Kind.AT_MOST_RATIO, ratio, "");
    }

    public static Target atMost(double limit, String unit) {
        return new Target(Kind.AT_MOST, limit, unit);
    }

    public static Target atMostBaselinePlus(double limit, String unit) {
        return new Target(Kind.AT_MOST_BASELINE_PLUS, limit, unit);
    }

    /** The verdict for {@code value} (empty: not measured) next to {@code baseline}. */
    public Verdict judge(Optional<Measure> value, Optional<Measure> baseline) {
        if (value.isEmpty()) {
            return Verdict.NOT_MEASURED;
        }
        double v = value.get().value();
        switch (kind) {
            case AT_MOST:
                return v <= limit ? Verdict.PASS : Verdict.MISS;
            case AT_LEAST_RATIO:
            case AT_MOST_RATIO:
            case AT_MOST_BASELINE_PLUS:
                if (baseline.isEmpty()) {
                    return Verdict.NOT_MEASURED;
                }
                double b = baseline.get().value();
                if (kind == Kind.AT_MOST_BASELINE_PLUS) {
                    return v <= b + limit ? Verdict.PASS : Verdict.MISS;
                }
                double ratio = v / b;
                boolean ok = kind == Kind.AT_LEAST_RATIO ? ratio >= limit : ratio <= limit;
                return ok ? Verdict.PASS : Verdict.MISS;
            default:
                throw new IllegalStateException("unhandled target kind " + kind);
        }
    }

    /** "≥ 50 % of the baseline", "≤ 2 ms", "≤ 1.5 × the baseline", "≤ baseline + 500 ms". */
    public String text() {
        switch (kind) {
            case AT_LEAST_RATIO:
                return "≥ " + Measure.number(limit * 100) + " % of the baseline";
            case AT_MOST_RATIO:
                return "≤ " + Measure.number(limit) + " × the baseline";
            case AT_MOST:
                return "≤ " + new Measure(limit, unit).text();
            case AT_MOST_BASELINE_PLUS:
                return "≤ baseline + " + new Measure(limit, unit).text();
            default:
                throw new IllegalStateException("unhandled target kind " + kind);
        }
    }
}
