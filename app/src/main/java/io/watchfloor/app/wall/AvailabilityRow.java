package io.watchfloor.app.wall;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Measured availability of one service against its SLO over the last 24 hours and 7 days.
 * Immutable; any thread.
 *
 * @param service      the service's unique name
 * @param displayName  what the wall shows
 * @param slo          the availability objective as a ratio (0.999)
 * @param ratio24h     availability over 24 h, when a source reports it
 * @param ratio7d      availability over 7 d, when a source reports it
 * @param below24h     the 24 h ratio is below the SLO
 * @param below7d      the 7 d ratio is below the SLO
 * @param partial24h   the source holds data for less than 95 % of the 24 h window
 * @param partial7d    the source holds data for less than 95 % of the 7 d window
 */
public record AvailabilityRow(String service, String displayName, double slo, OptionalDouble ratio24h,
                              OptionalDouble ratio7d, boolean below24h, boolean below7d, boolean partial24h,
                              boolean partial7d) {
    public AvailabilityRow {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(ratio24h, "ratio24h");
        Objects.requireNonNull(ratio7d, "ratio7d");
    }

    /** Below the SLO in either window. */
    public boolean belowSlo() {
        return below24h || below7d;
    }

    /** Some figure on this row rests on partial data. */
    public boolean partial() {
        return partial24h || partial7d;
    }

    /** "99.812%", or an em dash when no source reports the 24 h window. */
    public String ratio24hText() {
        return PercentFormat.ratio(ratio24h);
    }

    /** "99.950%", or an em dash when no source reports the 7 d window. */
    public String ratio7dText() {
        return PercentFormat.ratio(ratio7d);
    }

    /** The SLO with as few decimals as it needs: "99.9%", "99.95%". */
    public String sloText() {
        return PercentFormat.objective(slo);
    }

    /**
     * The least error budget left over the reported windows, as a share of the budget: 1 with no errors, 0 at the
     * SLO, negative below it. What "worst first" sorts by, so a 99.99 % service at 99.985 % ranks above a 99 %
     * service at 98.99 %.
     */
    double budgetLeft() {
        double budget = 1 - slo;
        double left = Double.POSITIVE_INFINITY;
        for (OptionalDouble r : new OptionalDouble[] {ratio24h, ratio7d}) {
            if (r.isPresent()) {
                double margin = r.getAsDouble() - slo;
                left = Math.min(left, budget > 0 ? margin / budget : margin);
            }
        }
        return left;
    }
}
