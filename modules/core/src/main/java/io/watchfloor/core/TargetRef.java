package io.watchfloor.core;

import java.util.Objects;

/**
 * What an action is aimed at: an alert (by fingerprint) or an incident (by desk id) of one source.
 *
 * @param source  the owning source
 * @param type    alert or incident
 * @param id      the alert fingerprint or the desk's incident id (sys_id)
 * @param display what people call it: the incident number or the alert name
 */
public record TargetRef(SourceId source, Type type, String id, String display) {
    /** Kind of target. */
    public enum Type {
        ALERT,
        INCIDENT
    }

    public TargetRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("target id must not be blank");
        }
        Objects.requireNonNull(display, "display");
    }

    /** The alert as a target. */
    public static TargetRef of(Alert alert) {
        return new TargetRef(alert.source(), Type.ALERT, alert.fingerprint(), alert.name());
    }

    /** The incident as a target. */
    public static TargetRef of(Incident incident) {
        return new TargetRef(incident.source(), Type.INCIDENT, incident.id(), incident.number());
    }

    /** The key used by {@code Alert.key()} and {@code Incident.key()}. */
    public String key() {
        return source.value() + "/" + id;
    }
}
