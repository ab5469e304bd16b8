package io.watchfloor.core.sla;

import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builders for SLA tests. */
final class SlaFixtures {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private SlaFixtures() {
    }

    static Instant at(Duration afterT0) {
        return T0.plus(afterT0);
    }

    static Instant minutes(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    /** P1: respond in 15 min, resolve in 4 h, 24x7, paused On Hold. */
    static SlaPolicy p1() {
        return SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4));
    }

    static SlaPolicy policy(String name, Optional<Duration> response, Optional<Duration> resolution,
                            BusinessCalendar calendar, Set<IncidentState> pause) {
        return new SlaPolicy(name, EnumSet.of(Priority.P3), Set.of(), response, resolution, calendar, pause,
                SlaThresholds.DEFAULT);
    }

    /** Facts of an incident opened at {@code opened}; build up with the methods below. */
    static Facts opened(Instant opened) {
        return new Facts(opened);
    }

    static final class Facts {
        private final Instant opened;
        private Optional<Instant> ack = Optional.empty();
        private Optional<Instant> resolved = Optional.empty();
        private final List<StateChange> history = new ArrayList<>();

        Facts(Instant opened) {
            this.opened = opened;
        }

        Facts ack(Instant at) {
            ack = Optional.of(at);
            return this;
        }

        Facts resolved(Instant at) {
            resolved = Optional.of(at);
            return this;
        }

        Facts state(Instant at, IncidentState state) {
            history.add(new StateChange(at, state));
            return this;
        }

        IncidentFacts build() {
            return new IncidentFacts(opened, ack, resolved, history);
        }
    }
}
