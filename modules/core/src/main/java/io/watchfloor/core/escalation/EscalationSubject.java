package io.watchfloor.core.escalation;

import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.sla.BusinessCalendar;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link EscalationEvaluator} needs to know about one incident. Immutable.
 *
 * @param key            the incident's key ({@link Incident#key()})
 * @param number         its human number (INC0010001)
 * @param priority       its priority
 * @param state          its state; only open incidents escalate
 * @param currentLevel   the level it is at now (0 = first line), e.g. from
 *                       {@link io.watchfloor.core.EscalationMatrix#tierOf}
 * @param openedAt       when it was opened
 * @param acknowledgedAt when it was acknowledged, if it was
 * @param clocks         its SLA clocks, freshly measured (desk or computed)
 * @param slaCalendar    the calendar its clocks count in, to forecast when a clock reaches a
 *                       percentage ({@link BusinessCalendar#always()} when unknown, e.g. desk clocks)
 */
public record EscalationSubject(String key, String number, Priority priority, IncidentState state, int currentLevel,
                                Instant openedAt, Optional<Instant> acknowledgedAt, List<SlaClock> clocks,
                                BusinessCalendar slaCalendar) {
    public EscalationSubject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(state, "state");
        if (currentLevel < 0) {
            throw new IllegalArgumentException("current level must be >= 0, was " + currentLevel);
        }
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        clocks = List.copyOf(clocks);
        Objects.requireNonNull(slaCalendar, "slaCalendar");
    }

    /** The subject for a desk incident at {@code currentLevel} whose clocks count in {@code slaCalendar}. */
    public static EscalationSubject of(Incident incident, int currentLevel, BusinessCalendar slaCalendar) {
        return new EscalationSubject(incident.key(), incident.number(), incident.priority(), incident.state(),
                currentLevel, incident.openedAt(), incident.acknowledgement().map(Acknowledgement::since),
                incident.clocks(), slaCalendar);
    }

    /** The subject at the incident's own escalation tier, clocks counted 24x7. */
    public static EscalationSubject of(Incident incident) {
        return of(incident, incident.escalationTier(), BusinessCalendar.always());
    }
}
