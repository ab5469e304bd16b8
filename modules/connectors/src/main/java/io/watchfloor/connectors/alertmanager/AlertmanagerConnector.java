package io.watchfloor.connectors.alertmanager;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.SourceOptions;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Prometheus Alertmanager (API v2) into one {@link SourceEvent.AlertsObserved} per poll.
 *
 * <p>Each poll reads {@code GET /api/v2/alerts} (active, silenced and inhibited) and
 * {@code GET /api/v2/silences}. Alertmanager returns only unresolved alerts, so every alert is
 * FIRING; the engine infers resolution when a fingerprint vanishes. An alert is acknowledged when an
 * active silence muting it has a comment starting with the {@code ackPrefix} option (default
 * {@code ACK!}, the karma/kthxbye convention); its service is the label named by {@code serviceLabel}
 * (default {@code service}), else {@code job}, else {@link Alert#UNASSIGNED}.
 *
 * <p>The alert list, the large answer, is bound from the token stream ({@link AlertReader}). An alert
 * that maps to exactly what it mapped to on the previous poll is reported as the same {@link Alert}
 * instance, so downstream equality checks of an unchanged board are reference comparisons.
 *
 * <p>Several URLs are replicas of one HA cluster: every replica that answers is read and alerts are
 * united by fingerprint, silences by id (the newest copy wins; silence ids muting an alert are
 * united, as gossip may lag). The poll fails only when every replica fails.
 *
 * <p>Actions ({@link ActionConnector}, alerts only): <b>acknowledge</b> creates a silence
 * ({@code POST /api/v2/silences}) with an exact matcher for every label of the alert, starting now and
 * lasting the action's duration, {@code createdBy} = the operator, comment
 * {@code "<ackPrefix> acknowledged by <operator> via Watchfloor[: <note>] [wf:<id>]"}; it is refused
 * when the alert is not on the board or another operator's ACK silence already covers it.
 * <b>unacknowledge</b> expires ({@code DELETE /api/v2/silence/{id}}) every active or pending silence
 * that mutes the alert and whose comment starts with the prefix. <b>silence</b> creates a silence with
 * the action's matchers (none: every label of the alert, exact) and the comment plus marker. Before
 * creating a silence the silences are read ({@code GET /api/v2/silences}); one in effect that carries the
 * marker is the action already done, so a retry creates nothing. A first try skips that read (there is no
 * earlier silence of it to find, ADR 0009) when nothing else needs it: a silence always, an acknowledgement
 * when the board's read of the source is recent and can judge it (ADR 0013). Writes go to the first replica that
 * can be connected to. Answers: 400/422 are {@link ActionOutcome.Rejected} with Alertmanager's reason;
 * 5xx, timeouts and unreachable replicas are {@link ActionOutcome.Failed} (see
 * {@link io.watchfloor.connectors.WriteOutcomes}).
 *
 * <p>Thread rule: {@link #poll()} runs on the source's poll thread, never concurrently with itself;
 * the replica-state map and the last poll's alerts are confined to that thread. {@link #perform} may run on another thread
 * (the engine's action thread) concurrently with a poll: it shares no mutable state with it.
 */
public final class AlertmanagerConnector implements SourceConnector, ActionConnector {
    private static final Logger LOG = LoggerFactory.getLogger(AlertmanagerConnector.class);
    private static final Set<String> OPTIONS = Set.of("serviceLabel", "ackPrefix");

    private final SourceConfig cfg;
    private final SourceHttp http;
    private final AlertmanagerApi api;
    private final AlertMapper mapper;
    private final SkippedRecords skipped;
    private final Map<HttpUrl, Boolean> replicaUp = new HashMap<>();
    private final SilenceActions actions;
    /** The alerts of the last successful poll, reused when unchanged; poll thread only. */
    private List<Alert> lastPoll = List.of();

    /**
     * @throws IllegalArgumentException on a configuration error
     */
    public AlertmanagerConnector(SourceConfig cfg, SourceHttp http) {
        this.cfg = cfg;
        this.http = http;
        new SourceOptions(cfg).warnUnknown(OPTIONS);
        this.skipped = new SkippedRecords(LOG, cfg.id().value());
        this.api = new AlertmanagerApi(http, skipped);
        this.mapper = AlertMapper.fromConfig(cfg, skipped);
        this.actions = new SilenceActions(cfg.id(), new AlertmanagerClient(cfg, http), mapper.ackPrefix(), http.clock());
    }

    @Override
    public SourceId id() {
        return cfg.id();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.ALERTMANAGER;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        return type == TargetRef.Type.ALERT
                && (kind == ActionKind.ACKNOWLEDGE || kind == ActionKind.UNACKNOWLEDGE || kind == ActionKind.SILENCE);
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        return actions.perform(action, context);
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        List<SourceException> failures = new ArrayList<>();
        AlertUnion alerts = new AlertUnion();
        Map<String, Silence> silences = new HashMap<>();
        int answered = 0;
        for (HttpUrl base : http.baseUrls()) {
            try {
                List<AlertDto> replicaAlerts = api.alerts(base, new LastPoll(lastPoll));
                List<SilenceDto> replicaSilences = api.silences(base);
                replicaSilences.forEach(s -> mapper.silence(s).ifPresent(m -> silences.merge(m.id(), m, AlertmanagerConnector::newer)));
                alerts.add(replicaAlerts);
                answered++;
                noteReplica(base, Optional.empty());
            } catch (SourceException e) {
                failures.add(e);
                noteReplica(base, Optional.of(e));
            }
        }
        if (answered == 0) {
            throw Endpoints.allFailed("Alertmanager replicas", failures);
        }
        List<Alert> out = new ArrayList<>();
        LastPoll previous = new LastPoll(lastPoll);
        for (AlertDto dto : alerts.alerts()) {
            mapper.alert(dto, silences, previous).ifPresent(out::add);
        }
        lastPoll = List.copyOf(out);
        skipped.readDone();
        Instant now = http.clock().instant();
        return List.of(new SourceEvent.AlertsObserved(cfg.id(), now, out));
    }

    private static Silence newer(Silence a, Silence b) {
        return b.updatedAt().orElse(Instant.MIN).isAfter(a.updatedAt().orElse(Instant.MIN)) ? b : a;
    }

    /** Logs a replica going down or coming back, only for HA clusters and only on change. */
    private void noteReplica(HttpUrl base, Optional<SourceException> failure) {
        if (http.baseUrls().size() < 2) {
            return;
        }
        Boolean was = replicaUp.put(base, failure.isEmpty());
        if (failure.isPresent() && !Boolean.FALSE.equals(was)) {
            LOG.warn("source {}: replica {} failed, reading the others: {}", cfg.id(), SourceHttp.display(base),
                    failure.get().getMessage());
        } else if (failure.isEmpty() && Boolean.FALSE.equals(was)) {
            LOG.info("source {}: replica {} answers again", cfg.id(), SourceHttp.display(base));
        }
    }
}
