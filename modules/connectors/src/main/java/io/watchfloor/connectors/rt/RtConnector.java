package io.watchfloor.connectors.rt;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.SourceOptions;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.core.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Request Tracker 5 desk (REST2) into one {@link SourceEvent.IncidentsObserved} per poll: the
 * active tickets ({@code Status = '__Active__'}, optionally only some queues) as incidents with their SLA
 * Due as a countdown ({@link TicketMapper}), each with its history as the timeline. Auth: a token from
 * {@code auth.tokenEnv}, sent as {@code Authorization: token <secret>}; or basic auth.
 *
 * <p>Options: {@code queues} (comma-separated queue names; default all), {@code maxTickets} (default 500),
 * {@code history} (read each ticket's history into the timeline; default true: one request per ticket per
 * poll), {@code slaByPriority} (the SLA level an escalation sets with a priority, e.g.
 * {@code P1=noc-p1,P2=noc-p2}; default none).
 *
 * <p>Actions (incidents): acknowledge, unacknowledge, escalate, annotate, assign, resolve ({@link RtActions}).
 *
 * <p>Thread rule: {@link #poll()} on the source's poll thread, never concurrently with itself;
 * {@link #perform} on the action thread; they share only immutable collaborators.
 */
public final class RtConnector implements SourceConnector, ActionConnector {
    private static final Logger LOG = LoggerFactory.getLogger(RtConnector.class);
    private static final Set<String> OPTIONS = Set.of("queues", "maxTickets", "history", "slaByPriority");
    private static final Set<ActionKind> KINDS = Set.of(ActionKind.ACKNOWLEDGE, ActionKind.UNACKNOWLEDGE,
            ActionKind.ESCALATE, ActionKind.ANNOTATE, ActionKind.ASSIGN, ActionKind.RESOLVE);

    private final SourceConfig cfg;
    private final SourceHttp http;
    private final RtApi api;
    private final TicketMapper mapper;
    private final SkippedRecords skipped;
    private final RtActions actions;
    private final String query;
    private final int maxTickets;
    private final boolean history;

    /**
     * @param env reads the token variable named by {@code auth.tokenEnv}
     * @throws IllegalArgumentException on a configuration error (unset token, bad option)
     */
    public RtConnector(SourceConfig cfg, SourceHttp http, Function<String, Optional<String>> env) {
        this.cfg = cfg;
        this.http = http;
        SourceOptions options = new SourceOptions(cfg);
        options.warnUnknown(OPTIONS);
        Optional<String> token = cfg.auth().tokenEnv().map(v -> env.apply(v).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("source " + cfg.id() + ": environment variable " + v + " is not set")));
        this.api = new RtApi(http, token);
        this.skipped = new SkippedRecords(LOG, cfg.id().value());
        this.mapper = new TicketMapper(cfg.id(), skipped);
        this.actions = new RtActions(api, slaByPriority(options));
        this.query = query(options.list("queues", ""));
        this.maxTickets = options.positiveInt("maxTickets", 500);
        this.history = Boolean.parseBoolean(options.text("history", "true"));
    }

    @Override
    public SourceId id() {
        return cfg.id();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.RT;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        Instant now = http.clock().instant();
        List<Incident> incidents = new ArrayList<>();
        for (JsonNode t : api.tickets(query, maxTickets)) {
            List<TimelineEntry> timeline = history && t.path("id").isValueNode()
                    ? TicketMapper.timeline(api.history(t.path("id").asText())) : List.of();
            mapper.incident(t, timeline, now).ifPresent(incidents::add);
        }
        skipped.readDone();
        return List.of(new SourceEvent.IncidentsObserved(cfg.id(), now, incidents));
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        return type == TargetRef.Type.INCIDENT && KINDS.contains(kind);
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        if (!action.target().id().matches("\\d+")) {
            return new ActionOutcome.Rejected("'" + action.target().id() + "' is not an RT ticket number", Optional.empty());
        }
        return actions.perform(action);
    }

    static String query(List<String> queues) {
        StringBuilder q = new StringBuilder("Status = '__Active__'");
        if (!queues.isEmpty()) {
            q.append(" AND (");
            for (int i = 0; i < queues.size(); i++) {
                q.append(i == 0 ? "" : " OR ").append("Queue = '").append(queues.get(i).replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            }
            q.append(')');
        }
        return q.toString();
    }

    private static Map<Priority, String> slaByPriority(SourceOptions options) {
        Map<Priority, String> out = new EnumMap<>(Priority.class);
        for (String pair : options.list("slaByPriority", "")) {
            int eq = pair.indexOf('=');
            try {
                out.put(Priority.valueOf(pair.substring(0, Math.max(eq, 0)).trim().toUpperCase(Locale.ROOT)),
                        pair.substring(eq + 1).trim());
            } catch (IllegalArgumentException e) {
                throw options.invalid("slaByPriority", "expected pairs like P1=noc-p1, got '" + pair + "'");
            }
        }
        return out;
    }
}
