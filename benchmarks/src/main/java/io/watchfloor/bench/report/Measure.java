package io.watchfloor.bench.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured number with its unit, as the report shows it. Immutable.
 *
 * @param value the number, in {@code unit}
 * @param unit  "ms", "alerts/s", "MB", "%", ...; figures compared with each other share a unit
 */
public record Measure(double value, String unit) {
    public Measure {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a measure is a finite number, was " + value);
        }
        Objects.requireNonNull(unit, "unit");
    }

    public static Measure ms(double millis) {
        return new Measure(millis, "ms");
    }

    /** The value with as many decimals as its size deserves, then the unit: "1.84 ms", "412,300 alerts/s". */
    public String text() {
        return number(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** Two or three significant digits for small numbers (no trailing zeros), grouped thousands for large ones. */
    public static String number(double v) {
        String s = fixed(v);
        return s.contains(".") && !s.contains(",") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String fixed(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100 || a == 0) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
