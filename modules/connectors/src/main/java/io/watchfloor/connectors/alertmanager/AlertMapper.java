package io.watchfloor.connectors.alertmanager;

import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceOptions;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.AlertState;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns Alertmanager wire shapes into core values: alerts (name, summary, severity, service,
 * silences, acknowledgement) and silences. A record it cannot read is skipped and reported through
 * {@link SkippedRecords}, never fatal. Immutable apart from that reporter; thread-safe.
 */
final class AlertMapper {
    static final String DEFAULT_SERVICE_LABEL = "service";
    static final String DEFAULT_ACK_PREFIX = "ACK!";

    private final SourceId source;
    private final String serviceLabel;
    private final String ackPrefix;
    private final SkippedRecords skipped;

    AlertMapper(SourceId source, String serviceLabel, String ackPrefix, SkippedRecords skipped) {
        this.source = source;
        this.serviceLabel = serviceLabel;
        this.ackPrefix = ackPrefix;
        this.skipped = skipped;
    }

    /** Reads options {@code serviceLabel} (default "service") and {@code ackPrefix} (default "ACK!"). */
    static AlertMapper fromConfig(SourceConfig cfg, SkippedRecords skipped) {
        SourceOptions options = new SourceOptions(cfg);
        return new AlertMapper(cfg.id(), options.text("serviceLabel", DEFAULT_SERVICE_LABEL),
                options.text("ackPrefix", DEFAULT_ACK_PREFIX), skipped);
    }

    /** The comment prefix that marks a silence as an acknowledgement. */
    String ackPrefix() {
        return ackPrefix;
    }

    /** The core alert for {@code dto}, acknowledged when an active ACK silence mutes it. */
    Optional<Alert> alert(AlertDto dto, Map<String, Silence> silences) {
        return alert(dto, silences, LastPoll.none());
    }

    /**
     * As {@link #alert(AlertDto, Map)}, but when the alert of the same fingerprint in {@code previous}
     * equals the result, that instance itself: an alert that did not change between
     * polls keeps its instance and its label map, so nothing downstream has to compare it field by field.
     */
    Optional<Alert> alert(AlertDto dto, Map<String, Silence> silences, LastPoll previous) {
        String fingerprint = dto.fingerprint();
        if (fingerprint.isEmpty()) {
            Map<String, String> labels = dto.labels();
            skipped.skip("alert:" + labels, "alert without fingerprint " + labels);
            return Optional.empty();
        }
        Optional<Instant> startsAt = time(dto.startsAt());
        if (startsAt.isEmpty()) {
            skipped.skip("alert:" + fingerprint, "alert " + fingerprint + ": unreadable startsAt '" + dto.startsAt() + "'");
            return Optional.empty();
        }
        Alert before = previous.find(fingerprint).orElse(null);
        Map<String, String> labels = before != null && dto.hasLabels(before.labels()) ? before.labels() : dto.labels();
        String name = firstNonBlank(dto.label("alertname"), "(no alertname)");
        String summary = firstLine(firstNonBlank(dto.summary(), firstNonBlank(dto.description(), name)));
        String service = firstNonBlank(dto.label(serviceLabel), firstNonBlank(dto.label("job"), Alert.UNASSIGNED));
        List<String> silencedBy = dto.silencedBy();
        Alert alert = new Alert(source, fingerprint, name, labels, summary, Severity.fromLabel(dto.label("severity")),
                service, startsAt.get(), Optional.empty(), AlertState.FIRING, silencedBy,
                acknowledgement(silencedBy, silences));
        return Optional.of(alert.equals(before) ? before : alert);
    }

    /** The core-facing silence for {@code dto}. */
    Optional<Silence> silence(SilenceDto dto) {
        String id = dto.id() == null ? "" : dto.id().trim();
        Optional<Instant> startsAt = time(dto.startsAt());
        Optional<Instant> endsAt = time(dto.endsAt());
        Optional<SilenceState> state = state(dto.status());
        if (id.isEmpty() || startsAt.isEmpty() || endsAt.isEmpty() || state.isEmpty()) {
            skipped.skip("silence:" + id, "silence '" + id + "': missing or unreadable id, startsAt, endsAt or status.state");
            return Optional.empty();
        }
        List<SilenceMatcher> matchers = new ArrayList<>();
        for (SilenceDto.Matcher m : dto.matchers()) {
            if (m.name() == null || m.name().isBlank() || m.value() == null) {
                skipped.skip("silence:" + id, "silence " + id + ": matcher without name or value");
                return Optional.empty();
            }
            matchers.add(new SilenceMatcher(m.name(), m.value(), Boolean.TRUE.equals(m.isRegex()),
                    m.isEqual() == null || m.isEqual()));
        }
        return Optional.of(new Silence(id, matchers, startsAt.get(), endsAt.get(), time(dto.updatedAt()),
                nullToEmpty(dto.createdBy()), nullToEmpty(dto.comment()), state.get()));
    }

    /** Parses an RFC 3339 timestamp (Z or offset, any fraction). */
    static Optional<Instant> time(String text) {
        return Rfc3339.parse(text);
    }

    /** The most recent acknowledgement among the silences muting the alert. */
    private Optional<Acknowledgement> acknowledgement(List<String> silencedBy, Map<String, Silence> silences) {
        if (silencedBy.isEmpty()) {
            return Optional.empty(); // most alerts: no stream per alert
        }
        return silencedBy.stream()
                .map(silences::get)
                .filter(s -> s != null && s.acknowledges(ackPrefix))
                .max(Comparator.comparing(Silence::startsAt))
                .map(s -> new Acknowledgement(s.createdBy(), s.startsAt(), Optional.of(s.endsAt()), s.id()));
    }

    private static Optional<SilenceState> state(SilenceDto.Status status) {
        if (status == null || status.state() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(SilenceState.valueOf(status.state().trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String firstNonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
