package io.watchfloor.core.escalation;

import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The escalation matrix with its rules: ordered levels, the rules that move an incident up, the peak
 * windows that tighten them, and whether the engine performs escalations itself or only proposes
 * them. Immutable.
 *
 * <p>Invariants: at least one level; {@code levels.get(i).level() == i}; every rule's and every peak
 * floor's target level exists.
 *
 * @param levels       the levels, first line first
 * @param rules        the rules, in config order (the order breaks ties)
 * @param peaks        peak windows, in any order; they may overlap
 * @param autoEscalate true when the engine should perform a due escalation through the desk,
 *                     false when it only proposes it
 */
public record EscalationPolicy(List<EscalationLevel> levels, List<EscalationRule> rules, List<PeakWindow> peaks,
                               boolean autoEscalate) {

    public EscalationPolicy {
        levels = List.copyOf(levels);
        rules = List.copyOf(rules);
        peaks = List.copyOf(peaks);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an escalation policy needs at least one level");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != i) {
                throw new IllegalArgumentException("escalation level " + i + " is numbered "
                        + levels.get(i).level() + "; levels must be numbered 0, 1, 2, ... in order");
            }
        }
        for (EscalationRule r : rules) {
            requireLevel(levels.size(), r.toLevel(), "rule '" + r.describe() + "'");
        }
        for (PeakWindow p : peaks) {
            for (int level : p.floorLevels().values()) {
                requireLevel(levels.size(), level, "peak window '" + p.name() + "'");
            }
        }
    }

    private static void requireLevel(int count, int level, String what) {
        if (level >= count) {
            throw new IllegalArgumentException(what + " targets level " + level + ", but the highest is " + (count - 1));
        }
    }

    /**
     * The levels of an {@link EscalationMatrix}: tier i becomes level i with the tier's group and no
     * on-call name.
     */
    public static EscalationPolicy fromMatrix(EscalationMatrix matrix, List<EscalationRule> rules,
                                              List<PeakWindow> peaks, boolean autoEscalate) {
        List<EscalationLevel> levels = new ArrayList<>();
        for (int i = 0; i < matrix.tiers().size(); i++) {
            EscalationTier t = matrix.tier(i);
            levels.add(new EscalationLevel(i, t.name(), t.group(), Optional.empty()));
        }
        return new EscalationPolicy(levels, rules, peaks, autoEscalate);
    }

    /** The level numbered {@code level}, the top one for anything above it. */
    public EscalationLevel level(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("escalation level must be >= 0, was " + level);
        }
        return levels.get(Math.min(level, levels.size() - 1));
    }

    /** The peak windows active at {@code at}. */
    public List<PeakWindow> peaksAt(Instant at) {
        return peaks.stream().filter(p -> p.activeAt(at)).toList();
    }
}
