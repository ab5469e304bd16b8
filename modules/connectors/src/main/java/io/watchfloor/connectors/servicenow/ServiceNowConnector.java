package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.Endpoints;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.connectors.SourceConnector;
import io.watchfloor.connectors.SourceException;
import io.watchfloor.connectors.SourceHttp;
import io.watchfloor.connectors.SourceOptions;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads open incidents and their SLA clocks from a ServiceNow instance (Table API) into one
 * {@link SourceEvent.IncidentsObserved} per poll.
 *
 * <p>Per poll: {@code GET /api/now/table/incident} ({@code active=true^ORDERBYpriority^ORDERBYopened_at},
 * display values and raw values both, reference links excluded), then {@code GET /api/now/table/task_sla}
 * ({@code active=true}, raw values); both paged by the {@code pageSize} option (default 500). Clocks are
 * attached to incidents by task sys_id. The service is the slug of the display value of the
 * {@code serviceField} option (default {@code business_service}): "Payments Gateway" becomes
 * {@code payments-gateway}. A row with an unreadable value is skipped (logged once); a page that cannot
 * be read fails the poll as MALFORMED. With several URLs the first instance that answers is read.
 *
 * <p>Thread rule: {@link #poll()} runs on the source's poll thread, never concurrently with itself.
 */
public final class ServiceNowConnector implements SourceConnector {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceNowConnector.class);
    private static final Set<String> OPTIONS = Set.of("pageSize", "serviceField");
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
        List<Incident> out = new ArrayList<>(byId.size());
        for (Incident i : byId.values()) {
            out.add(i.withClocks(clocksByTask.getOrDefault(i.id(), List.of())));
        }
        return new SourceEvent.IncidentsObserved(cfg.id(), http.clock().instant(), out);
    }
}
