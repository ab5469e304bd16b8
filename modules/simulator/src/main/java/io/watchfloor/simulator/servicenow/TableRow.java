package io.watchfloor.simulator.servicenow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One record of a table: fields in output order. Built once per request, then read-only. */
final class TableRow {
    private final Map<String, Field> fields = new LinkedHashMap<>();

    TableRow put(String name, Field value) {
        fields.put(name, value);
        return this;
    }

    TableRow put(String name, String value) {
        return put(name, Field.of(value));
    }

    Optional<Field> get(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    String sysId() {
        return fields.get("sys_id").value();
    }

    Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
