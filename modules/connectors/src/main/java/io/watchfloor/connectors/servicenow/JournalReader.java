package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.connectors.SourceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Reads the journal (work notes and comments) of incidents from {@code sys_journal_field} (API-NOTES
 * 3.3): {@code sysparm_query=name=incident^element_idIN<id>,<id>,...^ORDERBYsys_created_on}, raw values,
 * fields {@code sys_id,element_id,element,value,sys_created_on,sys_created_by}, paged like every list.
 * The ids are sent in chunks of at most {@link #MAX_ID_CHARS} characters (about 110 sys_ids), so a URL
 * stays under about 6 KB; each chunk costs {@code ceil(entries / pageSize)} requests. A row with an
 * unreadable value is skipped and reported. Thread-safe.
 */
final class JournalReader {
    static final String TABLE = "sys_journal_field";
    static final List<String> FIELDS = List.of("sys_id", "element_id", "element", "value", "sys_created_on",
            "sys_created_by");
    /** Characters of sys_ids (each counted with its URL-encoded comma) per request. */
    static final int MAX_ID_CHARS = 4_000;

    private final TableApi api;
    private final SkippedRecords skipped;
    private final int pageSize;

    JournalReader(TableApi api, SkippedRecords skipped, int pageSize) {
        this.api = api;
        this.skipped = skipped;
        this.pageSize = pageSize;
    }

    /** The journal of each of these incidents, oldest first; incidents without entries are absent. */
    Map<String, List<JournalNote>> read(HttpUrl base, Collection<String> incidentIds) throws SourceException {
        Map<String, List<JournalNote>> byIncident = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(incidentIds), MAX_ID_CHARS)) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("sysparm_query", "name=incident^element_idIN" + String.join(",", chunk) + "^ORDERBYsys_created_on");
            params.put("sysparm_display_value", "false");
            params.put("sysparm_exclude_reference_link", "true");
            params.put("sysparm_fields", String.join(",", FIELDS));
            for (JsonNode row : api.list(base, TABLE, params, pageSize)) {
                note(row).filter(n -> chunk.contains(n.incident()))
                        .ifPresent(n -> byIncident.computeIfAbsent(n.incident(), k -> new ArrayList<>()).add(n));
            }
        }
        // The desk orders by sys_created_on already; sorting again (stable) guards against one that ignores ORDERBY.
        byIncident.values().forEach(list -> list.sort(Comparator.comparing(JournalNote::at)));
        return byIncident;
    }

    /** Splits ids into runs whose length, each id counted with 3 more characters (an encoded comma), fits {@code max}. */
    static List<List<String>> chunks(List<String> ids, int max) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int length = 0;
        for (String id : ids) {
            int cost = id.length() + 3;
            if (!current.isEmpty() && length + cost > max) {
                out.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(id);
            length += cost;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private Optional<JournalNote> note(JsonNode row) {
        String sysId = row.isObject() ? SnowValues.value(row, "sys_id") : "";
        try {
            if (sysId.isEmpty()) {
                throw new IllegalArgumentException("sys_id is empty");
            }
            Instant at = SnowValues.instant(row, "sys_created_on");
            return Optional.of(new JournalNote(sysId, SnowValues.value(row, "element_id"), SnowValues.value(row, "element"),
                    rawText(row), at, SnowValues.value(row, "sys_created_by")));
        } catch (IllegalArgumentException e) {
            skipped.skip("journal:" + sysId + row.hashCode(), "journal entry '" + sysId + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The note's text as written: not trimmed, unlike other values. */
    private static String rawText(JsonNode row) {
        JsonNode v = row.get("value");
        if (v != null && v.isObject()) {
            v = v.get("value");
        }
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }
}
