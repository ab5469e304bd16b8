package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.DurationStats;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One priority on the MTTA/MTTR tile: mean time to acknowledge and to resolve today and over 7 days, each
 * against the priority's target. Immutable; any thread.
 *
 * @param priority          the priority
 * @param responseTarget    the MTTA target, if a policy sets one
 * @param resolutionTarget  the MTTR target, if a policy sets one
 * @param mttaToday         MTTA of incidents acknowledged today
 * @param mttaWeek          MTTA of incidents acknowledged in the last 7 days
 * @param mttrToday         MTTR of incidents resolved today
 * @param mttrWeek          MTTR of incidents resolved in the last 7 days
 */
public record MetricsRow(Priority priority, Optional<Duration> responseTarget, Optional<Duration> resolutionTarget,
                         Cell mttaToday, Cell mttaWeek, Cell mttrToday, Cell mttrWeek) {

    public MetricsRow {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(responseTarget, "responseTarget");
        Objects.requireNonNull(resolutionTarget, "resolutionTarget");
        Objects.requireNonNull(mttaToday, "mttaToday");
        Objects.requireNonNull(mttaWeek, "mttaWeek");
        Objects.requireNonNull(mttrToday, "mttrToday");
        Objects.requireNonNull(mttrWeek, "mttrWeek");
    }

    /** How a mean compares with its target. */
    public enum Verdict {
        /** No incident finished in the window. */
        NONE,
        /** No target configured for the priority. */
        NO_TARGET,
        /** Mean at or under the target. */
        WITHIN,
        /** Mean over the target. */
        OVER
    }

    /**
     * One mean in one window.
     *
     * @param stats   the statistics, when at least one incident finished in the window
     * @param verdict the mean against the target
     */
    public record Cell(Optional<DurationStats> stats, Verdict verdict) {
        public Cell {
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(verdict, "verdict");
        }

        static Cell of(Optional<DurationStats> stats) {
            if (stats.isEmpty()) {
                return new Cell(stats, Verdict.NONE);
            }
            DurationStats s = stats.get();
            if (s.target().isEmpty()) {
                return new Cell(stats, Verdict.NO_TARGET);
            }
            return new Cell(stats, s.mean().compareTo(s.target().get()) <= 0 ? Verdict.WITHIN : Verdict.OVER);
        }

        /** "12m", "3h10m", or an em dash when nothing finished in the window. */
        public String meanText() {
            return stats.map(s -> DurationFormat.age(s.mean())).orElse("\u2014");
        }

        /** "4 incidents · 75% ok" (the share within target), "1 incident" (no target), or "none". */
        public String detailText() {
            if (stats.isEmpty()) {
                return "none";
            }
            DurationStats s = stats.get();
            String n = s.count() + (s.count() == 1 ? " incident" : " incidents");
            return s.shareWithinTarget().map(share -> n + " \u00b7 " + Math.round(share * 100) + "% ok").orElse(n);
        }
    }

    /** "targets 15m / 4h", with a dash for a missing one. */
    public String targetsText() {
        return "targets " + responseTarget.map(DurationFormat::target).orElse("\u2014") + " / "
                + resolutionTarget.map(DurationFormat::target).orElse("\u2014");
    }
}
