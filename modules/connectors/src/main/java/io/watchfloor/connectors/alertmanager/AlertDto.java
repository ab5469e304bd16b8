package io.watchfloor.connectors.alertmanager;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alertmanager v2 {@code gettableAlert}, as far as Watchfloor reads it. Optional and newer fields
 * ({@code mutedBy} from 0.28, {@code generatorURL}) may be absent; unknown fields are ignored.
 * Timestamps stay strings here and are parsed by {@link AlertMapper}, so one bad value skips one alert.
 */
record AlertDto(Map<String, String> labels, Map<String, String> annotations, String fingerprint,
                String startsAt, String updatedAt, String endsAt, String generatorURL, Status status) {

    AlertDto {
        labels = labels == null ? Map.of() : labels;
        annotations = annotations == null ? Map.of() : annotations;
        status = status == null ? new Status(null, null, null, null) : status;
    }

    /** {@code status} of a gettableAlert; {@code state} is unprocessed, active or suppressed. */
    record Status(String state, List<String> silencedBy, List<String> inhibitedBy, List<String> mutedBy) {
        Status {
            silencedBy = silencedBy == null ? List.of() : silencedBy;
            inhibitedBy = inhibitedBy == null ? List.of() : inhibitedBy;
            mutedBy = mutedBy == null ? List.of() : mutedBy;
        }
    }

    /** This alert with the silences of {@code other} (the same alert read from another replica) added. */
    AlertDto withSilencesOf(AlertDto other) {
        Set<String> ids = new LinkedHashSet<>(status.silencedBy());
        ids.addAll(other.status.silencedBy());
        return new AlertDto(labels, annotations, fingerprint, startsAt, updatedAt, endsAt, generatorURL,
                new Status(status.state(), List.copyOf(ids), status.inhibitedBy(), status.mutedBy()));
    }
}
