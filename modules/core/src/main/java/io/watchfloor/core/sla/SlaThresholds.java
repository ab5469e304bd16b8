package io.watchfloor.core.sla;

/**
 * The percentages of an SLA target at which a clock turns to {@link SlaLevel#WARN} and
 * {@link SlaLevel#CRITICAL}. Default 50 % and 75 %, as ServiceNow's SLA definitions do.
 *
 * <p>Invariant: {@code 0 < warnPercent < criticalPercent < 100}.
 *
 * @param warnPercent     percent of the target from which a running clock warns
 * @param criticalPercent percent of the target from which a running clock is critical
 */
public record SlaThresholds(double warnPercent, double criticalPercent) {
    /** 50 % and 75 %. */
    public static final SlaThresholds DEFAULT = new SlaThresholds(50, 75);

    public SlaThresholds {
        if (!(warnPercent > 0 && warnPercent < criticalPercent && criticalPercent < 100)) {
            throw new IllegalArgumentException("SLA thresholds need 0 < warn < critical < 100, were "
                    + warnPercent + " and " + criticalPercent);
        }
    }
}
