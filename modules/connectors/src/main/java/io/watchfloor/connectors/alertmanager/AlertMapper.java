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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        String fingerprint = dto.fingerprint() == null ? "" : dto.fingerprint().trim();
        if (fingerprint.isEmpty()) {
            skipped.skip("alert:" + dto.labels(), "alert without fingerprint " + dto.labels());
            return Optional.empty();
        }
        Optional<Instant> startsAt = time(dto.startsAt());
        if (startsAt.isEmpty()) {
            skipped.skip("alert:" + fingerprint, "alert " + fingerprint + ": unreadable startsAt '" + dto.startsAt() + "'");
            return Optional.empty();
        }
        Map<String, String> labels = withoutNulls(dto.labels());
        Map<String, String> annotations = withoutNulls(dto.annotations());
        String name = firstNonBlank(labels.get("alertname"), "(no alertname)");
        String summary = firstLine(firstNonBlank(annotations.get("summary"),
                firstNonBlank(annotations.get("description"), name)));
        String service = firstNonBlank(labels.get(serviceLabel), firstNonBlank(labels.get("job"), Alert.UNASSIGNED));
        List<String> silencedBy = List.copyOf(dto.status().silencedBy());
        return Optional.of(new Alert(source, fingerprint, name, labels, summary,
                Severity.fromLabel(labels.get("severity")), service, startsAt.get(), Optional.empty(),
                AlertState.FIRING, silencedBy, acknowledgement(silencedBy, silences)));
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
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The most recent acknowledgement among the silences muting the alert. */
    private Optional<Acknowledgement> acknowledgement(List<String> silencedBy, Map<String, Silence> silences) {
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

    private static Map<String, String> withoutNulls(Map<String, String> in) {
        Map<String, String> out = new HashMap<>();
        in.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return out;
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
