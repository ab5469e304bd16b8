package io.watchfloor.simulator.servicenow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code sys_journal_field} table (read-only): one row per work note or comment of every incident,
 * from scenario steps (the desk staff's notes, e.g. when they take an incident) and from operator writes
 * ({@code work_notes} / {@code comments} in a POST or PATCH). Fields: {@code sys_id}, {@code name}
 * ("incident"), {@code element_id} (the incident's sys_id), {@code element} ({@code work_notes} or
 * {@code comments}), {@code value} (the text), {@code sys_created_on} and {@code sys_created_by} (the
 * author's login: the Basic-auth user of the write, "admin" without one, "system" for automatic steps).
 * Rows are in incident order, each incident's oldest first; sys_ids are stable.
 */
final class JournalTable implements Table {
    static final String NAME = "sys_journal_field";

    private final IncidentBook book;
    private final ReferenceData refs;

    JournalTable(IncidentBook book, ReferenceData refs) {
        this.book = book;
        this.refs = refs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TableRow> rows(Instant now) {
        return rowsOf(null, now);
    }

    /** Only the journals of the incidents the query names by {@code element_id} (= or IN), when it does. */
    @Override
    public Optional<List<TableRow>> candidates(EncodedQuery query, Instant now) {
        return query.onlyValuesOf("element_id").map(ids -> rowsOf(ids, now));
    }

    /** The rows of these incidents' journals ({@code null}: every incident's). */
    private List<TableRow> rowsOf(Set<String> incidents, Instant now) {
        book.advance(now);
        List<TableRow> rows = new ArrayList<>();
        for (IncidentRecord r : book.live()) {
            if (incidents != null && !incidents.contains(r.sysId())) {
                continue;
            }
            List<IncidentView.JournalLine> journal = r.viewAt(now, refs).journal();
            for (int i = 0; i < journal.size(); i++) {
                IncidentView.JournalLine line = journal.get(i);
                rows.add(new TableRow()
                        .put("sys_id", SysIds.of(NAME, r.sysId() + ":" + i))
                        .put("name", IncidentTable.NAME)
                        .put("element_id", r.sysId())
                        .put("element", line.workNote() ? "work_notes" : "comments")
                        .put("value", line.text())
                        .put("sys_created_on", SnTime.date(line.at()))
                        .put("sys_created_by", refs.userNameOf(line.author())));
            }
        }
        return rows;
    }
}
