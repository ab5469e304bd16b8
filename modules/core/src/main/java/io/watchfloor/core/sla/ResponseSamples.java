package io.watchfloor.core.sla;

import io.watchfloor.core.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The acknowledgements and resolutions of incidents, as {@link ResponseMetrics} reads them: for each, the
 * incident's priority, when it happened and how long after the opening. Kept in primitive arrays (21 bytes per
 * acknowledgement or resolution, plus room to grow) rather than an object per incident, so that a week of a busy
 * desk's history (hundreds of thousands of incidents) is a few megabytes built and dropped in one piece. Immutable and
 * thread-safe once built; the {@link Builder} is not thread-safe.
 */
public final class ResponseSamples {
    private final FinishColumns acknowledgements;
    private final FinishColumns resolutions;

    private ResponseSamples(FinishColumns acknowledgements, FinishColumns resolutions) {
        this.acknowledgements = acknowledgements;
        this.resolutions = resolutions;
    }

    /** A builder with room for that many acknowledgements and resolutions (it grows past them if need be). */
    public static Builder builder(int acknowledgements, int resolutions) {
        return new Builder(acknowledgements, resolutions);
    }

    /** The acknowledgements and resolutions of {@code incidents}. */
    public static ResponseSamples of(List<IncidentTimes> incidents) {
        Builder b = builder(incidents.size(), incidents.size());
        for (IncidentTimes i : incidents) {
            i.acknowledgedAt().ifPresent(at -> b.acknowledged(i.priority(), i.openedAt(), at));
            i.resolvedAt().ifPresent(at -> b.resolved(i.priority(), i.openedAt(), at));
        }
        return b.build();
    }

    /** How many acknowledgements there are. */
    public int acknowledgementCount() {
        return acknowledgements.size();
    }

    /** How many resolutions there are. */
    public int resolutionCount() {
        return resolutions.size();
    }

    FinishColumns acknowledgements() {
        return acknowledgements;
    }

    FinishColumns resolutions() {
        return resolutions;
    }

    /** Collects acknowledgements and resolutions; {@link #build()} hands them over (use the builder once). */
    public static final class Builder {
        private final FinishColumns acknowledgements;
        private final FinishColumns resolutions;
        private boolean built;

        private Builder(int acknowledgements, int resolutions) {
            this.acknowledgements = new FinishColumns(acknowledgements);
            this.resolutions = new FinishColumns(resolutions);
        }

        /** An incident of {@code priority} opened at {@code openedAt} was first acknowledged at {@code at}. */
        public Builder acknowledged(Priority priority, Instant openedAt, Instant at) {
            requireOpen();
            acknowledgements.add(Objects.requireNonNull(priority, "priority"), openedAt, at);
            return this;
        }

        /** An incident of {@code priority} opened at {@code openedAt} was resolved at {@code at}. */
        public Builder resolved(Priority priority, Instant openedAt, Instant at) {
            requireOpen();
            resolutions.add(Objects.requireNonNull(priority, "priority"), openedAt, at);
            return this;
        }

        /** The samples added; the builder cannot be used afterwards. */
        public ResponseSamples build() {
            requireOpen();
            built = true;
            return new ResponseSamples(acknowledgements, resolutions);
        }

        private void requireOpen() {
            if (built) {
                throw new IllegalStateException("these samples were built already");
            }
        }
    }
}
