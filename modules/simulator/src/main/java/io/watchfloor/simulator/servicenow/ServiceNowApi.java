package io.watchfloor.simulator.servicenow;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.watchfloor.simulator.http.Json;
import io.watchfloor.simulator.http.Request;
import io.watchfloor.simulator.http.Response;
import io.watchfloor.simulator.http.Router;
import io.watchfloor.simulator.scenario.ChangeOrigin;
import io.watchfloor.simulator.scenario.IncidentChange;
import io.watchfloor.simulator.scenario.IncidentField;
import io.watchfloor.simulator.scenario.World;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ServiceNow Table API of the simulator (API-NOTES §3) under {@code /api/now/table/} (and
 * {@code /api/now/v2/table/}): {@code incident} (read and write), {@code task_sla},
 * {@code sys_journal_field} (work notes and comments, see {@link JournalTable}), {@code sys_user},
 * {@code sys_user_group}, {@code cmdb_ci_service} and {@code contract_sla} (read-only: writes get 403).
 * Lists take {@code sysparm_query} ({@link EncodedQuery}, including {@code IN} lists and dot-walks),
 * {@code sysparm_fields}, {@code sysparm_limit}/{@code sysparm_offset} and the display-value flags.
 * A POST to {@code incident} opens an incident (201 with {@code Location}): state New, impact and urgency
 * 3 unless given, caller = the author when the directory knows it; {@code correlation_id} is stored as
 * sent; the data policies of {@link IncidentWrite} apply (short description required: 403). Authentication
 * is not checked; a Basic user name, when sent, is recorded as the author of writes (default "admin").
 * Handlers run under the simulator lock.
 */
public final class ServiceNowApi {
    private static final int DEFAULT_LIMIT = 10_000;

    private final String baseUrl;
    private final IncidentBook book;
    private final ReferenceData refs;
    private final IncidentTable incidents;
    private final Map<String, Table> tables = new LinkedHashMap<>();

    public ServiceNowApi(World world, URI baseUrl) {
        this.baseUrl = baseUrl.toString();
        this.book = new IncidentBook(world);
        this.refs = new ReferenceData(world.directory(), world.estate());
        this.incidents = new IncidentTable(book, refs);
        tables.put(IncidentTable.NAME, incidents);
        tables.put(TaskSlaTable.NAME, new TaskSlaTable(book, refs));
        tables.put(JournalTable.NAME, new JournalTable(book, refs));
        refs.tables().forEach(t -> tables.put(t.name(), t));
    }

    /** Adds the routes to {@code router}. */
    public void register(Router router) {
        router.style("/api/now/", new SnErrors());
        for (String base : List.of("/api/now/table/{table}", "/api/now/v2/table/{table}")) {
            router.get(base, this::list)
                    .add("POST", base, true, this::create)
                    .get(base + "/{sys_id}", this::getOne)
                    .add("PATCH", base + "/{sys_id}", true, this::update)
                    .add("PUT", base + "/{sys_id}", true, this::update)
                    .add("DELETE", base + "/{sys_id}", true, this::delete);
        }
    }

    private Response list(Request request) {
        String table = request.pathParam("table");
        if (!tables.containsKey(table)) {
            return SnErrors.invalidTable(table);
        }
        TableSnapshot snapshot = new TableSnapshot(tables, request.now());
        EncodedQuery query = EncodedQuery.parse(request.param("sysparm_query").orElse(""));
        List<TableRow> rows = query.sort(snapshot.rows(table, query).stream().filter(r -> query.matches(r, snapshot)).toList(),
                snapshot);
        int limit = number(request, "sysparm_limit", DEFAULT_LIMIT, 1);
        int offset = number(request, "sysparm_offset", 0, 0);
        RowRenderer renderer = renderer(request);
        ArrayNode result = Json.array();
        List<String> fields = fields(request);
        rows.stream().skip(offset).limit(limit).forEach(r -> result.add(renderer.render(r, fields, snapshot)));
        Response response = ok(200, Json.object().set("result", result));
        if (!request.param("sysparm_no_count").map(Boolean::parseBoolean).orElse(false)) {
            response = response.withHeader("X-Total-Count", Integer.toString(rows.size()));
        }
        if (!request.param("sysparm_suppress_pagination_header").map(Boolean::parseBoolean).orElse(false)) {
            response = response.withHeader("Link", PageLinks.of(baseUrl, request, offset, limit, rows.size()));
        }
        return response;
    }

    private Response getOne(Request request) {
        String table = request.pathParam("table");
        if (!tables.containsKey(table)) {
            return SnErrors.invalidTable(table);
        }
        TableSnapshot snapshot = new TableSnapshot(tables, request.now());
        return snapshot.find(table, request.pathParam("sys_id"))
                .map(r -> ok(200, Json.object().set("result", renderer(request).render(r, fields(request), snapshot))))
                .orElse(SnErrors.noRecord());
    }

    private Response update(Request request) {
        Optional<Response> refused = writable(request.pathParam("table"));
        if (refused.isPresent()) {
            return refused.get();
        }
        book.advance(request.now());
        Optional<IncidentRecord> found = book.find(request.pathParam("sys_id"));
        if (found.isEmpty()) {
            return SnErrors.noRecord();
        }
        try {
            IncidentWrite.Parsed parsed = writer(request).parse(request.body());
            Map<IncidentField, String> merged = new EnumMap<>(IncidentField.class);
            merged.putAll(found.get().viewAt(request.now(), refs).values());
            merged.putAll(parsed.values());
            IncidentWrite.checkPolicies(merged);
            if (!parsed.values().isEmpty() || !parsed.journal().isEmpty()) {
                found.get().append(new IncidentChange(request.now(), ChangeOrigin.OPERATOR, author(request),
                        parsed.values(), parsed.journal()));
            }
            return ok(200, Json.object().set("result", rendered(request, found.get())));
        } catch (IncidentWrite.Refused e) {
            return e.response();
        }
    }

    private Response create(Request request) {
        Optional<Response> refused = writable(request.pathParam("table"));
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            IncidentWrite.Parsed parsed = writer(request).parse(request.body());
            String author = author(request);
            Map<IncidentField, String> opening = new EnumMap<>(IncidentField.class);
            opening.putAll(Map.of(IncidentField.STATE, "1", IncidentField.IMPACT, "3", IncidentField.URGENCY, "3",
                    IncidentField.SHORT_DESCRIPTION, "", IncidentField.CALLER, refs.personName(author, true).orElse("")));
            opening.putAll(parsed.values());
            IncidentWrite.checkPolicies(opening);
            IncidentRecord record = book.create(opening, author, request.now());
            if (!parsed.journal().isEmpty()) {
                record.append(new IncidentChange(request.now(), ChangeOrigin.OPERATOR, author, Map.of(), parsed.journal()));
            }
            return ok(201, Json.object().set("result", rendered(request, record)))
                    .withHeader("Location", baseUrl + "/api/now/table/incident/" + record.sysId());
        } catch (IncidentWrite.Refused e) {
            return e.response();
        }
    }

    private Response delete(Request request) {
        Optional<Response> refused = writable(request.pathParam("table"));
        if (refused.isPresent()) {
            return refused.get();
        }
        book.advance(request.now());
        Optional<IncidentRecord> found = book.find(request.pathParam("sys_id"));
        found.ifPresent(IncidentRecord::delete);
        return found.isPresent() ? Response.empty(204) : SnErrors.noRecord();
    }

    private Optional<Response> writable(String table) {
        if (table.equals(IncidentTable.NAME)) {
            return Optional.empty();
        }
        return Optional.of(tables.containsKey(table) ? SnErrors.readOnly(table) : SnErrors.invalidTable(table));
    }

    private ObjectNode rendered(Request request, IncidentRecord record) {
        TableSnapshot snapshot = new TableSnapshot(tables, request.now());
        TableRow row = incidents.row(record, record.viewAt(request.now(), refs));
        return renderer(request).render(row, fields(request), snapshot);
    }

    private IncidentWrite writer(Request request) {
        return new IncidentWrite(refs, request.param("sysparm_input_display_value").map(Boolean::parseBoolean).orElse(false));
    }

    private RowRenderer renderer(Request request) {
        return RowRenderer.of(baseUrl, request.param("sysparm_display_value"),
                request.param("sysparm_exclude_reference_link"));
    }

    private static List<String> fields(Request request) {
        return request.param("sysparm_fields").map(f -> Arrays.stream(f.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
    }

    /** The Basic-auth user name of the request, as a person's name when the directory knows it. */
    private String author(Request request) {
        Optional<String> user = request.header("authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(h -> {
                    try {
                        String decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
                        return Optional.of(decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded);
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
        String login = user.filter(u -> !u.isBlank()).orElse("admin");
        return refs.personName(login, true).orElse(login);
    }

    private static int number(Request request, String name, int fallback, int min) {
        try {
            int value = Integer.parseInt(request.param(name).orElse(""));
            return value < min ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Response ok(int status, ObjectNode body) {
        return Response.json(status, body).withContentType("application/json;charset=UTF-8");
    }
}
