package io.watchfloor.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the report: a figure of the table, what this run measured, the baseline measured in
 * the same run, the target and the verdict. Immutable (the details map is an unmodifiable copy).
 *
 * @param id            stable key ("ingest", "snapshot-p99", ...): the JSON's and the lead's handle on it
 * @param title         what is measured, as the table's first column says it
 * @param value         the measurement; empty when not measured in this run
 * @param baseline      the same-run baseline, when the figure has one
 * @param baselineLabel what the baseline is ("bare Jackson parse of the same bytes"); "" without one
 * @param target        what the figure must reach
 * @param verdict       the target's judgement of value and baseline
 * @param note          why it is not measured, or what to know when reading it; may be ""
 * @param details       supporting numbers and settings (percentiles, sample counts, durations), JSON-able
 */
public record Figure(String id, String title, Optional<Measure> value, Optional<Measure> baseline, String baselineLabel,
                     Target target, Verdict verdict, String note, Map<String, Object> details) {
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselineLabel, "baselineLabel");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A measured figure without a baseline; the verdict follows from the target. */
    public static Figure measured(String id, String title, Measure value, Target target, Map<String, Object> details) {
        return new Figure(id, title, Optional.of(value), Optional.empty(), "", target,
                target.judge(Optional.of(value), Optional.empty()), "", details);
    }

    /** A measured figure next to its same-run baseline; the verdict follows from the target. */
    public static Figure measured(String id, String title, Measure value, Measure baseline, String baselineLabel,
                                  Target target, Map<String, Object> details) {
        return new Figure(id, title, Optional.of(value), Optional.of(baseline), baselineLabel, target,
                target.judge(Optional.of(value), Optional.of(baseline)), "", details);
    }

    /** A figure this run has no number for, and why. */
    public static Figure notMeasured(String id, String title, Target target, String reason) {
        return new Figure(id, title, Optional.empty(), Optional.empty(), "", target, Verdict.NOT_MEASURED, reason,
                Map.of());
    }

    /** The same figure with a note for the reader. */
    public Figure withNote(String text) {
        return new Figure(id, title, value, baseline, baselineLabel, target, verdict, text, details);
    }

    /** value / baseline, when both exist. */
    public Optional<Double> ratio() {
        if (value.isEmpty() || baseline.isEmpty() || baseline.get().value() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.get().value() / baseline.get().value());
    }
}
