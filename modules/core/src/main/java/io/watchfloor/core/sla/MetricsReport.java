package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * MTTA and MTTR per priority for one window. A priority with no samples in the window has no entry,
 * and {@link #mtta}/{@link #mttr} are empty for it (never zero).
 *
 * @param window the window
 * @param mtta   time to acknowledge, per priority with at least one acknowledgement in the window
 * @param mttr   time to resolve, per priority with at least one resolution in the window
 */
public record MetricsReport(MetricsWindow window, Map<Priority, DurationStats> mtta,
                            Map<Priority, DurationStats> mttr) {
    public MetricsReport {
        Objects.requireNonNull(window, "window");
        mtta = Map.copyOf(mtta);
        mttr = Map.copyOf(mttr);
    }

    public Optional<DurationStats> mtta(Priority priority) {
        return Optional.ofNullable(mtta.get(priority));
    }

    public Optional<DurationStats> mttr(Priority priority) {
        return Optional.ofNullable(mttr.get(priority));
    }
}
