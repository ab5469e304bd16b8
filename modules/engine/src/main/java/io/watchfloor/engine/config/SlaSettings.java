package io.watchfloor.engine.config;

import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.SlaPolicies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code sla:} section and the rules part of {@code escalation:}: the SLA policies Watchfloor computes
 * clocks from where a desk has none, the escalation rules with their peak windows, whether the engine
 * performs due escalations itself, and the operator name it does that as. Immutable.
 *
 * @param policies     SLA policies, per priority and optionally per service
 * @param escalation   the escalation levels (the config's tiers), rules, peak windows and {@code autoEscalate}
 * @param autoOperator the operator name automatic escalations are taken, audited and written upstream as
 *                     (role lead); {@value #AUTO_OPERATOR} unless configured
 */
public record SlaSettings(SlaPolicies policies, EscalationPolicy escalation, String autoOperator) {
    /** The default name of the system operator that performs automatic escalations. */
    public static final String AUTO_OPERATOR = "watchfloor-auto";

    public SlaSettings {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(escalation, "escalation");
        new Operator(autoOperator, Role.LEAD); // validates the name
    }

    /** The documented defaults (docs/config.md) on the levels of {@code matrix}; no peaks, proposals only. */
    public static SlaSettings defaults(EscalationMatrix matrix) {
        return new SlaSettings(SlaDefaults.policies(), EscalationPolicy.fromMatrix(matrix,
                SlaDefaults.rules(matrix.tiers().size()), List.of(), false), AUTO_OPERATOR);
    }

    /** The same settings with these peak windows added. */
    public SlaSettings withPeaks(List<PeakWindow> more) {
        List<PeakWindow> peaks = new ArrayList<>(escalation.peaks());
        peaks.addAll(more);
        return new SlaSettings(policies, new EscalationPolicy(escalation.levels(), escalation.rules(), peaks,
                escalation.autoEscalate()), autoOperator);
    }

    /** The operator automatic escalations are taken as: {@link #autoOperator} with the lead role. */
    public Operator autoOperatorIdentity() {
        return new Operator(autoOperator, Role.LEAD);
    }
}
