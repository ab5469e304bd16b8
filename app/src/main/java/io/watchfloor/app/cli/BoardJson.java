package io.watchfloor.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceHealth;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of {@code alerts --json} and {@code incidents --json}: a stable, documented shape
 * (docs/cli.md) built from the board snapshot. Instants are ISO-8601 UTC; durations are seconds.
 */
final class BoardJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BoardJson() {
    }

    static String alerts(BoardState s, Instant now) {
        Map<String, Object> root = header(s, now);
        Map<String, Object> counts = new LinkedHashMap<>();
        s.firingCounts().forEach((sev, n) -> counts.put(sev.label(), n));
        root.put("firing", counts);
        root.put("alerts", s.alerts().stream().map(BoardJson::alert).toList());
        return write(root);
    }

    static String incidents(BoardState s, Instant now) {
        Map<String, Object> root = header(s, now);
        root.put("incidents", s.incidents().stream().map(i -> incident(i, now)).toList());
        return write(root);
    }

    private static Map<String, Object> header(BoardState s, Instant now) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", s.asOf().toString());
        root.put("sources", s.sources().stream().map(h -> source(h, now)).toList());
        return root;
    }

    private static Map<String, Object> source(SourceHealth h, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id().value());
        m.put("type", h.kind().configName());
        m.put("endpoint", h.endpoint());
        m.put("freshness", h.freshness(now).name().toLowerCase(Locale.ROOT));
        m.put("lastSuccess", h.lastSuccess().map(Instant::toString).orElse(null));
        m.put("ageSeconds", h.age(now).map(d -> d.toMillis() / 1000.0).orElse(null));
        m.put("lastError", h.consecutiveFailures() > 0 ? h.lastError().orElse(null) : null);
        return m;
    }

    private static Map<String, Object> alert(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", a.source().value());
        m.put("fingerprint", a.fingerprint());
        m.put("name", a.name());
        m.put("severity", a.severity().label());
        m.put("service", a.service());
        m.put("state", a.state().name().toLowerCase(Locale.ROOT));
        m.put("startsAt", a.startsAt().toString());
        m.put("endedAt", a.endedAt().map(Instant::toString).orElse(null));
        m.put("summary", a.summary());
        m.put("silencedBy", a.silencedBy());
        m.put("acknowledged", a.acknowledgement().map(ack -> {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("by", ack.by());
            k.put("since", ack.since().toString());
            k.put("until", ack.until().map(Instant::toString).orElse(null));
            k.put("reference", ack.reference());
            return k;
        }).orElse(null));
        m.put("labels", new java.util.TreeMap<>(a.labels()));
        return m;
    }

    private static Map<String, Object> incident(Incident i, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", i.source().value());
        m.put("id", i.id());
        m.put("number", i.number());
        m.put("title", i.title());
        m.put("service", i.service());
        m.put("priority", i.priority().name());
        m.put("state", i.state().name().toLowerCase(Locale.ROOT));
        m.put("assignee", i.assignee().orElse(null));
        m.put("group", i.group().orElse(null));
        m.put("escalationTier", i.escalationTier());
        m.put("openedAt", i.openedAt().toString());
        m.put("updatedAt", i.updatedAt().toString());
        m.put("resolvedAt", i.resolvedAt().map(Instant::toString).orElse(null));
        m.put("linkedAlerts", i.linkedAlerts());
        List<Map<String, Object>> clocks = i.clocks().stream().map(c -> clock(c, now)).toList();
        m.put("clocks", clocks);
        return m;
    }

    private static Map<String, Object> clock(SlaClock c, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("source", c.origin() == io.watchfloor.core.ClockOrigin.DESK ? "desk" : "computed");
        m.put("state", c.stateAt(now).name().toLowerCase(Locale.ROOT));
        m.put("targetSeconds", c.target().toSeconds());
        m.put("remainingSeconds", c.remainingAt(now).toSeconds());
        m.put("percent", Math.round(c.percentAt(now) * 10) / 10.0);
        m.put("breachAt", c.breachAt().toString());
        return m;
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Unused-value guard for optional fields in tables. */
    static String orDash(Optional<String> s) {
        return s.filter(v -> !v.isBlank()).orElse("-");
    }
}
