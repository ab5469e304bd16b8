package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.connectors.ActionContext;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.PlannedAction;
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
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads open incidents, their SLA clocks and their journals from a ServiceNow instance (Table API) into
 * one {@link SourceEvent.IncidentsObserved} per poll, and writes operator actions back
 * ({@link ActionConnector}).
 *
 * <p>Per poll: {@code GET /api/now/table/incident} ({@code active=true^ORDERBYpriority^ORDERBYopened_at},
 * display values and raw values both, reference links excluded), then {@code GET /api/now/table/task_sla}
 * ({@code active=true}, raw values), then the journal of the open incidents from
 * {@code GET /api/now/table/sys_journal_field}
 * ({@code name=incident^element_idIN<ids>^ORDERBYsys_created_on}, see {@link JournalReader}); all paged
 * by the {@code pageSize} option (default 500). A poll therefore costs
 * {@code ceil(incidents/pageSize) + ceil(slas/pageSize) + sum over id chunks of ceil(entries/pageSize)}
 * requests, with one id chunk per ~110 open incidents: 3 requests for a desk with up to ~110 open
 * incidents and fewer than 500 rows of each kind. The journal fills each incident's timeline and its
 * acknowledgement ({@link IncidentHistory}); option {@code journal: false} skips it, and a journal the
 * desk refuses to show (4xx, e.g. an ACL) is skipped with one warning instead of failing the poll.
 * Clocks are attached to incidents by task sys_id. The service is the slug of the display value of the
 * {@code serviceField} option (default {@code business_service}): "Payments Gateway" becomes
 * {@code payments-gateway}; {@code correlation_id} becomes the incident's linked alert. A row with an
 * unreadable value is skipped (logged once); a page that cannot be read fails the poll as MALFORMED.
 * With several URLs the first instance that answers is read.
 *
 * <p>Actions (incidents; create-incident from an alert when this desk is the action's desk):
 * acknowledge = In Progress, assigned to the operator, work note "Acknowledged by NAME via Watchfloor";
 * unacknowledge = unassigned, New, work note; escalate = the tier's assignment group and, when it
 * raises the priority, impact/urgency, work note with the reason; annotate = work note, or comment when
 * customer-visible; assign = assignee and/or group; resolve = Resolved with close code and notes;
 * create-incident = see {@link IncidentOpening}. Every write carries the action's marker and is preceded
 * by reads that make a retry safe and refuse conflicts (see {@link IncidentActions}). 400/403/404/409
 * are {@link ActionOutcome.Rejected} with the desk's message; 401 reads "credentials refused"; 5xx, 429,
 * timeouts and unreachable instances are {@link ActionOutcome.Failed}.
 *
 * <p>Thread rule: {@link #poll()} runs on the source's poll thread, never concurrently with itself;
 * {@link #perform} may run concurrently with it on the engine's action thread and shares only
 * thread-safe parts with it.
 */
public final class ServiceNowConnector implements SourceConnector, ActionConnector {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceNowConnector.class);
    private static final Set<String> OPTIONS = Set.of("pageSize", "serviceField", "journal");
    static final String INCIDENT_QUERY = "active=true^ORDERBYpriority^ORDERBYopened_at";

    private final SourceConfig cfg;
    private final SourceHttp http;
    private final TableApi api;
    private final SkippedRecords skipped;
    private final IncidentMapper incidents;
    private final SlaClockMapper clocks;
    private final int pageSize;
    private final Map<String, String> incidentParams;
    private final Map<String, String> slaParams;
    private final boolean readJournal;
    private final JournalReader journal;
    private final IncidentActions actions;
    /** Whether the last journal read was refused; confined to the poll thread. */
    private boolean journalRefused;

    /**
     * @throws IllegalArgumentException on a bad option
     */
    public ServiceNowConnector(SourceConfig cfg, SourceHttp http) {
        this.cfg = cfg;
        this.http = http;
        SourceOptions options = new SourceOptions(cfg);
        options.warnUnknown(OPTIONS);
        this.pageSize = options.positiveInt("pageSize", 500);
        String serviceField = options.text("serviceField", "business_service");
        this.skipped = new SkippedRecords(LOG, cfg.id().value());
        this.api = new TableApi(http);
        this.incidents = new IncidentMapper(cfg.id(), serviceField, skipped);
        this.clocks = new SlaClockMapper(skipped);
        Set<String> fields = new LinkedHashSet<>(IncidentMapper.FIELDS);
        fields.add(serviceField);
        this.incidentParams = new LinkedHashMap<>();
        incidentParams.put("sysparm_query", INCIDENT_QUERY);
        incidentParams.put("sysparm_display_value", "all");
        incidentParams.put("sysparm_exclude_reference_link", "true");
        incidentParams.put("sysparm_fields", String.join(",", fields));
        this.slaParams = new LinkedHashMap<>();
        slaParams.put("sysparm_query", "active=true");
        slaParams.put("sysparm_display_value", "false");
        slaParams.put("sysparm_exclude_reference_link", "true");
        slaParams.put("sysparm_fields", String.join(",", SlaClockMapper.FIELDS));
        this.readJournal = bool(options, "journal", true);
        this.journal = new JournalReader(api, skipped, pageSize);
        this.actions = new IncidentActions(cfg.id(), http, api, journal, readJournal,
                new IncidentOpening(cfg.id(), http, api, pageSize));
    }

    private static boolean bool(SourceOptions options, String name, boolean fallback) {
        String v = options.text(name, Boolean.toString(fallback));
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw options.invalid(name, "must be true or false, was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    @Override
    public SourceId id() {
        return cfg.id();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.SERVICENOW;
    }

    @Override
    public String endpoint() {
        return http.endpoint();
    }

    @Override
    public boolean supports(ActionKind kind, TargetRef.Type type) {
        if (type == TargetRef.Type.ALERT) {
            return kind == ActionKind.CREATE_INCIDENT;
        }
        return kind != ActionKind.SILENCE && kind != ActionKind.CREATE_INCIDENT;
    }

    @Override
    public ActionOutcome perform(OperatorAction action, ActionContext context) {
        return actions.perform(action, context);
    }

    /** As {@link #perform} for each, with the incidents of the batch's first tries read in one request. */
    @Override
    public List<ActionOutcome> performAll(List<PlannedAction> batch, BooleanSupplier goOn) {
        return actions.performAll(batch, goOn);
    }

    @Override
    public List<SourceEvent> poll() throws SourceException {
        SourceEvent event = Endpoints.firstAnswering(http.baseUrls(), "ServiceNow instances", this::pollAt);
        skipped.readDone();
        return List.of(event);
    }

    private SourceEvent pollAt(HttpUrl base) throws SourceException {
        Instant measuredAt = http.clock().instant();
        Map<String, Incident> byId = new LinkedHashMap<>();
        for (JsonNode row : api.list(base, "incident", incidentParams, pageSize)) {
            incidents.incident(row).ifPresent(i -> byId.putIfAbsent(i.id(), i));
        }
        Map<String, List<SlaClock>> clocksByTask = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode row : api.list(base, "task_sla", slaParams, pageSize)) {
            clocks.clock(row, measuredAt)
                    .filter(tc -> byId.containsKey(tc.task()))
                    .filter(tc -> seen.add(tc.task() + "/" + tc.clock().name() + "/" + tc.clock().startedAt()))
                    .ifPresent(tc -> clocksByTask.computeIfAbsent(tc.task(), k -> new ArrayList<>()).add(tc.clock()));
        }
        Map<String, List<JournalNote>> notes = journals(base, byId.values());
        List<Incident> out = new ArrayList<>(byId.size());
        for (Incident i : byId.values()) {
            Incident withClocks = i.withClocks(clocksByTask.getOrDefault(i.id(), List.of()));
            out.add(readJournal && i.state().open()
                    ? IncidentHistory.withJournal(withClocks, notes.getOrDefault(i.id(), List.of())) : withClocks);
        }
        return new SourceEvent.IncidentsObserved(cfg.id(), http.clock().instant(), out);
    }

    /** The journals of the open incidents; empty when switched off or refused by the desk (4xx). */
    private Map<String, List<JournalNote>> journals(HttpUrl base, Collection<Incident> incidents) throws SourceException {
        List<String> open = new ArrayList<>();
        incidents.stream().filter(i -> i.state().open()).forEach(i -> open.add(i.id()));
        if (!readJournal || open.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, List<JournalNote>> notes = journal.read(base, open);
            if (journalRefused) {
                LOG.info("source {}: the incident journal is readable again", cfg.id());
                journalRefused = false;
            }
            return notes;
        } catch (SourceException e) {
            if (e.httpStatus() < 400 || e.httpStatus() >= 500 || e.httpStatus() == 401 || e.httpStatus() == 429) {
                throw e;
            }
            if (!journalRefused) {
                LOG.warn("source {}: cannot read the incident journal, showing incidents without timelines and "
                        + "acknowledgements (set option journal: false to stop trying): {}", cfg.id(), e.getMessage());
                journalRefused = true;
            }
            return Map.of();
        }
    }
}
