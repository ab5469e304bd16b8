package io.watchfloor.bench.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Order statistics of a sample by nearest rank (the p-th percentile is the smallest value with at least p %
 * of the sample at or below it, as in {@code LatencyReport} of the it-tests). Immutable.
 */
public final class Percentiles {
    private final double[] sorted;

    private Percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    public static Percentiles of(double[] values) {
        return new Percentiles(values);
    }

    public static Percentiles of(Collection<? extends Number> values) {
        return new Percentiles(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** The {@code percent}-th percentile (0 &lt; percent &lt;= 100). */
    public double at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double median() {
        return at(50);
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }

    /** p50, p95, p99, max (each rounded to 3 decimals) and the sample count, for a figure's details. */
    public Map<String, Object> summary(String unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50 (" + unit + ")", round(median()));
        out.put("p95 (" + unit + ")", round(at(95)));
        out.put("p99 (" + unit + ")", round(at(99)));
        out.put("max (" + unit + ")", round(max()));
        out.put("samples", count());
        return out;
    }

    /** {@code v} rounded to three decimals, for reports. */
    public static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
