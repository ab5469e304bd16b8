package io.watchfloor.core;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert as a monitoring source reports it. Immutable.
 *
 * @param source        the source that reported it
 * @param fingerprint   the source's stable identity of the alert (Alertmanager's fingerprint)
 * @param name          the alert name ({@code alertname})
 * @param labels        every label, as reported
 * @param summary       one human line; the alert name when the source gives no summary
 * @param severity      read from the labels
 * @param service       the service this alert is about ({@link Alert#UNASSIGNED} when unknown)
 * @param startsAt      when it started firing
 * @param endedAt       when it ended: present only for {@link AlertState#RESOLVED} alerts
 * @param state         firing or resolved
 * @param silencedBy    ids of silences that mute it (empty when none)
 * @param acknowledgement who acknowledged it, when someone did
 */
public record Alert(
        SourceId source,
        String fingerprint,
        String name,
        Map<String, String> labels,
        String summary,
        Severity severity,
        String service,
        Instant startsAt,
        Optional<Instant> endedAt,
        AlertState state,
        List<String> silencedBy,
        Optional<Acknowledgement> acknowledgement) {

    /** The service name given to alerts that carry no service, job or similar label. */
    public static final String UNASSIGNED = "unassigned";

    public Alert {
        Objects.requireNonNull(source, "source");
        requireText(fingerprint, "fingerprint");
        requireText(name, "name");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(severity, "severity");
        requireText(service, "service");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(state, "state");
        silencedBy = List.copyOf(silencedBy);
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        if (state == AlertState.RESOLVED && endedAt.isEmpty()) {
            throw new IllegalArgumentException("a resolved alert needs endedAt: " + fingerprint);
        }
        if (state == AlertState.FIRING && endedAt.isPresent()) {
            throw new IllegalArgumentException("a firing alert has no endedAt: " + fingerprint);
        }
    }

    /** Same alert, resolved at {@code at} (used when it vanishes from a source that drops resolved alerts). */
    public Alert resolvedAt(Instant at) {
        return new Alert(source, fingerprint, name, labels, summary, severity, service, startsAt,
                Optional.of(at), AlertState.RESOLVED, silencedBy, acknowledgement);
    }

    public boolean firing() {
        return state == AlertState.FIRING;
    }

    /** Firing and neither silenced nor acknowledged: what the wall must shout about. */
    public boolean needsAttention() {
        return firing() && silencedBy.isEmpty() && acknowledgement.isEmpty();
    }

    /** A key unique across sources. */
    public String key() {
        return source.value() + "/" + fingerprint;
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
