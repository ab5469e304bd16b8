package io.watchfloor.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.core.sla.SlaLevel;
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
        root.put("alerts", s.alerts().stream().map(a -> withData(alert(a), s, a.source(), now)).toList());
        return write(root);
    }

    static String incidents(BoardState s, Instant now) {
        Map<String, Object> root = header(s, now);
        root.put("activePeaks", s.sla().activePeaks().stream().map(PeakWindow::name).toList());
        root.put("incidents", s.incidents().stream().map(i -> withData(incident(i, s, now), s, i.source(), now)).toList());
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
        m.put("downSince", h.failingSince().map(Instant::toString).orElse(null));
        return m;
    }

    /**
     * Marks an item with the freshness and age of the data it comes from: {@code "data": {"freshness":
     * "stale", "ageSeconds": 754.2}}, so that a cached item served while its source is down never reads
     * as current.
     */
    private static Map<String, Object> withData(Map<String, Object> item, BoardState s, SourceId source, Instant now) {
        s.sources().stream().filter(h -> h.id().equals(source)).findFirst().ifPresent(h -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("freshness", h.freshness(now).name().toLowerCase(Locale.ROOT));
            d.put("ageSeconds", h.age(now).map(a -> a.toMillis() / 1000.0).orElse(null));
            item.put("data", d);
        });
        return item;
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

    private static Map<String, Object> incident(Incident i, BoardState s, Instant now) {
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
        List<Map<String, Object>> clocks = i.clocks().stream().map(c -> clock(c, s.sla().level(i, c, now), now)).toList();
        m.put("clocks", clocks);
        Map<String, Object> escalation = new LinkedHashMap<>();
        escalation.put("pending", s.sla().due(i.key()).map(d -> proposal(d.proposal(), d.autoActionId())).orElse(null));
        escalation.put("upcoming", s.sla().upcoming(i.key()).map(p -> proposal(p, Optional.empty())).orElse(null));
        m.put("escalation", escalation);
        return m;
    }

    private static Map<String, Object> clock(SlaClock c, SlaLevel level, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("source", c.origin() == io.watchfloor.core.ClockOrigin.DESK ? "desk" : "computed");
        m.put("state", c.stateAt(now).name().toLowerCase(Locale.ROOT));
        m.put("level", level.name().toLowerCase(Locale.ROOT));
        m.put("targetSeconds", c.target().toSeconds());
        m.put("elapsedSeconds", c.elapsedAt(now).toSeconds());
        m.put("remainingSeconds", c.remainingAt(now).toSeconds());
        m.put("percent", Math.round(c.percentAt(now) * 10) / 10.0);
        m.put("breachAt", c.breachAt().toString());
        return m;
    }

    /** An escalation due (with the id of the engine's own escalate action, if it sent it) or upcoming. */
    private static Map<String, Object> proposal(EscalationProposal p, Optional<String> autoActionId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fromLevel", p.from().level());
        m.put("from", p.from().name());
        m.put("toLevel", p.to().level());
        m.put("to", p.to().name());
        m.put("toGroup", p.to().group().orElse(null));
        m.put("toOnCall", p.to().onCall().orElse(null));
        m.put("reason", p.reason());
        m.put("rule", p.rule().describe());
        m.put("peak", p.peak().map(PeakWindow::name).orElse(null));
        m.put("dueAt", p.dueAt().toString());
        m.put("autoActionId", autoActionId.orElse(null));
        return m;
    }

    /** Indented JSON of a tree of maps and lists, as every {@code --json} prints it. */
    static String write(Object tree) {
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
