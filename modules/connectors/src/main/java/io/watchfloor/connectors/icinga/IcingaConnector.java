package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ChangeNotifying;
import io.watchfloor.connectors.ActionContext;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an Icinga 2 (REST API v1, {@code https://host:5665}) into one {@link SourceEvent.AlertsObserved}
 * per poll: hosts and services whose state is not OK/UP ({@link ProblemMapper} says how they map),
 * acknowledgement authors from the acknowledgement comments. Auth is basic ({@code auth.user} +
 * {@code auth.passwordEnv}); Icinga's own CA is trusted through {@code tls.caFile}.
 *
 * <p>Live updates: once polled, the connector follows Icinga's event stream on its own thread
 * ({@link IcingaEventStream}, {@code wf-stream-<id>}); every relevant event calls the listener given to
 * {@link #onUpstreamChange}, which the composition root points at {@code Engine.pollNow(id)} so a
 * change shows at once instead of at the next scheduled poll. Without a listener the stream is not
 * opened and the poll interval alone decides freshness.
 *
 * <p>Options: {@code serviceVar} (default {@code service}): the custom variable naming the Watchfloor
 * service; {@code eventStream} (default {@code true}).
 *
 * <p>Actions (alerts only): acknowledge, unacknowledge, annotate ({@link IcingaActions}).
 *
 * <p>Thread rule: {@link #poll()} on the source's poll thread; {@link #perform} on the action thread;
 * the stream on its own thread; they share only immutable collaborators and the volatile listener.
 */
public final class IcingaConnector implements SourceConnector, ActionConnector, ChangeNotifying {
    private static final Logger LOG = LoggerFactory.getLogger(IcingaConnector.class);
    private static final Set<String> OPTIONS = Set.of("serviceVar", "eventStream");

    private final SourceConfig cfg;
    private final SourceHttp http;
    private final IcingaApi api;
    private final ProblemMapper mapper;
    private final SkippedRecords skipped;
    private final IcingaActions actions;
    private final IcingaEventStream stream;
    private final boolean streamEnabled;
    private volatile Runnable listener = () -> { };

    /**
     * @param shared the application's shared client (the event stream derives its own untimed variant)
     * @param env    reads the password variable for the stream's credentials
     * @throws IllegalArgumentException on a configuration error
     */
    public IcingaConnector(SourceConfig cfg, SourceHttp http, OkHttpClient shared, Function<String, Optional<String>> env) {
        this.cfg = cfg;
        this.http = http;
        SourceOptions options = new SourceOptions(cfg);
        options.warnUnknown(OPTIONS);
        this.skipped = new SkippedRecords(LOG, cfg.id().value());
        this.api = new IcingaApi(http);
        this.mapper = new ProblemMapper(cfg.id(), options.text("serviceVar", "service"), skipped);
        this.actions = new IcingaActions(api);
        this.streamEnabled = Boolean.parseBoolean(options.text("eventStream", "true"));
        Duration connect = options.duration("timeout", SourceHttp.DEFAULT_TIMEOUT);
        this.stream = new IcingaEventStream(cfg.id(), StreamClient.create(cfg, shared, connect, env), http.baseUrls(),
                () -> listener.run());
    }

    /**
     * Calls {@code onChange} (on the stream thread; it must not block) whenever Icinga reports a state
     * change, an acknowledgement set or cleared, or a new comment; also after each stream (re)connect.
     * Opens the stream unless the {@code eventStream} option is false. Call once, before or after start.
     */
    @Override
    public void onUpstreamChange(Runnable onChange) {
        this.listener = onChange;
        if (streamEnabled) {
            stream.start();
        }
    }

    /** Relevant stream events received so far. */
    public long streamEvents() {
        return stream.events();
    }

    @Override
    public SourceId id() {
        return cfg.id();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.ICINGA2;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        List<JsonNode> services = api.problems("services");
        List<JsonNode> hosts = api.problems("hosts");
        Map<String, JsonNode> acks = ProblemMapper.latestAckComments(api.comments(4));
        List<Alert> alerts = new ArrayList<>();
        hosts.forEach(h -> mapper.alert(h, true, acks).ifPresent(alerts::add));
        services.forEach(s -> mapper.alert(s, false, acks).ifPresent(alerts::add));
        skipped.readDone();
        return List.of(new SourceEvent.AlertsObserved(cfg.id(), http.clock().instant(), alerts));
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        return type == TargetRef.Type.ALERT
                && (kind == ActionKind.ACKNOWLEDGE || kind == ActionKind.UNACKNOWLEDGE || kind == ActionKind.ANNOTATE);
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        return actions.perform(action);
    }

    @Override
    public void close() {
        stream.close();
    }
}
