package io.watchfloor.simulator.servicenow;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables as of one request's instant, computed at most once each, with dot-walking through
 * references ({@code task.number}, {@code sla.name}, {@code assignment_group.name}).
 */
final class TableSnapshot {
    private final Map<String, Table> tables;
    private final Instant now;
    private final Map<String, Map<String, TableRow>> byId = new HashMap<>();

    TableSnapshot(Map<String, Table> tables, Instant now) {
        this.tables = tables;
        this.now = now;
    }

    Instant now() {
        return now;
    }

    boolean knows(String table) {
        return tables.containsKey(table);
    }

    List<TableRow> rows(String table) {
        return List.copyOf(index(table).values());
    }

    /** The rows {@code query} may match: all of them, or fewer when the table can narrow them down. */
    List<TableRow> rows(String table, EncodedQuery query) {
        Table source = tables.get(table);
        if (source == null || byId.containsKey(table)) {
            return rows(table);
        }
        return source.candidates(query, now).orElseGet(() -> rows(table));
    }

    Optional<TableRow> find(String table, String sysId) {
        Map<String, TableRow> built = byId.get(table);
        if (built != null) {
            return Optional.ofNullable(built.get(sysId));
        }
        if (tables.get(table) instanceof KeyedTable keyed) {
            return keyed.row(sysId, now);
        }
        return Optional.ofNullable(index(table).get(sysId));
    }

    /** The field at a path: a plain name, or {@code ref.field} (dot-walked, any depth). */
    Optional<Field> resolve(TableRow row, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return row.get(path);
        }
        Optional<Field> head = row.get(path.substring(0, dot));
        if (head.isEmpty() || !(head.get() instanceof Field.Ref)) {
            return Optional.empty();
        }
        Field.Ref ref = (Field.Ref) head.get();
        if (ref.empty()) {
            return Optional.of(Field.of(""));
        }
        return find(ref.table(), ref.value()).flatMap(target -> resolve(target, path.substring(dot + 1)));
    }

    private Map<String, TableRow> index(String table) {
        return byId.computeIfAbsent(table, t -> {
            Map<String, TableRow> rows = new LinkedHashMap<>();
            Table source = tables.get(t);
            if (source != null) {
                source.rows(now).forEach(r -> rows.put(r.sysId(), r));
            }
            return rows;
        });
    }
}
