package io.watchfloor.app.wall.sound;

import io.watchfloor.app.wall.config.SoundSpec;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when the alarm sounds. Pure decisions, no audio; thread-confined to its caller (the FX thread in the
 * wall, the test thread in tests).
 *
 * <ul>
 *   <li>A critical alert that starts to need attention (firing, neither acknowledged nor silenced) sounds the
 *       alarm at once.</li>
 *   <li>While at least one does, the alarm repeats every {@link SoundSpec#repeat()} after it last sounded (never,
 *       when the repeat is zero).</li>
 *   <li>Once none does (all acknowledged, silenced or resolved upstream), it stops.</li>
 *   <li>It never sounds while muted, while disabled, or during quiet hours. A new critical that arrives then is
 *       not forgotten: if it still needs attention when the mute is lifted or the quiet hours end, the alarm
 *       sounds then.</li>
 * </ul>
 */
public final class SoundSchedule {
    private final SoundSpec spec;
    private final ZoneId zone;
    private Set<String> needy = Set.of();
    private boolean newArrival;
    private Optional<Instant> lastPlayed = Optional.empty();

    /**
     * @param spec what the config says
     * @param zone the zone quiet hours are read in
     */
    public SoundSchedule(SoundSpec spec, ZoneId zone) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Takes a new (unfiltered) board; returns whether the alarm should sound now. */
    public boolean update(BoardState board, Instant now, boolean muted) {
        Set<String> current = new HashSet<>();
        for (Alert a : board.alerts()) {
            if (a.severity() == Severity.CRITICAL && a.needsAttention()) {
                current.add(a.key());
            }
        }
        if (!needy.containsAll(current)) {
            newArrival = true;
        }
        needy = Set.copyOf(current);
        if (needy.isEmpty()) {
            newArrival = false;
            lastPlayed = Optional.empty();
        }
        return due(now, muted);
    }

    /** Called every second; returns whether the alarm should sound now (a repeat, or the end of a mute). */
    public boolean tick(Instant now, boolean muted) {
        return due(now, muted);
    }

    private boolean due(Instant now, boolean muted) {
        if (needy.isEmpty() || !spec.enabled() || muted || quiet(now)) {
            return false;
        }
        boolean repeatDue = !spec.repeat().isZero()
                && (lastPlayed.isEmpty() || !now.isBefore(lastPlayed.get().plus(spec.repeat())));
        if (newArrival || repeatDue) {
            newArrival = false;
            lastPlayed = Optional.of(now);
            return true;
        }
        return false;
    }

    /** Whether {@code now} falls in the quiet hours. */
    public boolean quiet(Instant now) {
        return spec.quietHours().map(w -> w.contains(now.atZone(zone).toLocalTime())).orElse(false);
    }

    /** How many critical alerts need attention as of the last update. */
    public int waiting() {
        return needy.size();
    }
}
