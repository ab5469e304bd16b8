package io.watchfloor.app.wall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/** Formats availability ratios and objectives as percentages. Pure functions; any thread. */
final class PercentFormat {
    static final String NONE = "\u2014";

    private PercentFormat() {
    }

    /** A measured ratio with three decimals ("99.812%"), truncated so 99.9996 never reads as 100.000%. */
    static String ratio(OptionalDouble ratio) {
        if (ratio.isEmpty()) {
            return NONE;
        }
        BigDecimal pct = BigDecimal.valueOf(ratio.getAsDouble()).movePointRight(2).setScale(3, RoundingMode.DOWN);
        return pct.toPlainString() + "%";
    }

    /**
     * An objective with only the decimals it has ("99.9%", "99.95%", "99%"), at most four: an objective read as
     * "99.9%" is 0.9990000000000001 as a double and must still read 99.9%.
     */
    static String objective(double slo) {
        BigDecimal pct = BigDecimal.valueOf(slo).movePointRight(2).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return pct.toPlainString() + "%";
    }
}
