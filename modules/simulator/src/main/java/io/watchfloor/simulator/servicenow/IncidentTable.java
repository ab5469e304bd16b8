package io.watchfloor.simulator.servicenow;

import static io.watchfloor.simulator.scenario.IncidentField.ASSIGNED_TO;
import static io.watchfloor.simulator.scenario.IncidentField.ASSIGNMENT_GROUP;
import static io.watchfloor.simulator.scenario.IncidentField.BUSINESS_SERVICE;
import static io.watchfloor.simulator.scenario.IncidentField.CALLER;
import static io.watchfloor.simulator.scenario.IncidentField.CATEGORY;
import static io.watchfloor.simulator.scenario.IncidentField.CLOSE_CODE;
import static io.watchfloor.simulator.scenario.IncidentField.CLOSE_NOTES;
import static io.watchfloor.simulator.scenario.IncidentField.CORRELATION_ID;
import static io.watchfloor.simulator.scenario.IncidentField.DESCRIPTION;
import static io.watchfloor.simulator.scenario.IncidentField.HOLD_REASON;
import static io.watchfloor.simulator.scenario.IncidentField.IMPACT;
import static io.watchfloor.simulator.scenario.IncidentField.SHORT_DESCRIPTION;
import static io.watchfloor.simulator.scenario.IncidentField.URGENCY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code incident} table: every field a string, references as {@link Field.Ref}, journal fields
 * reading "" (their display value is the journal text, newest first).
 */
final class IncidentTable implements KeyedTable {
    static final String NAME = "incident";

    private final IncidentBook book;
    private final ReferenceData refs;

    IncidentTable(IncidentBook book, ReferenceData refs) {
        this.book = book;
        this.refs = refs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<TableRow> rows(Instant now) {
        book.advance(now);
        List<TableRow> rows = new ArrayList<>();
        for (IncidentRecord r : book.live()) {
            rows.add(row(r, r.viewAt(now, refs)));
        }
        return rows;
    }

    @Override
    public Optional<TableRow> row(String sysId, Instant now) {
        book.advance(now);
        return book.find(sysId).map(r -> row(r, r.viewAt(now, refs)));
    }

    TableRow row(IncidentRecord r, IncidentView v) {
        String state = v.state();
        Field stateField = choice(IncidentChoices.STATE, state);
        return new TableRow().put("sys_id", r.sysId()).put("number", r.number())
                .put("short_description", v.value(SHORT_DESCRIPTION)).put("description", v.value(DESCRIPTION))
                .put("state", stateField).put("incident_state", stateField)
                .put("priority", choice(IncidentChoices.PRIORITY, Integer.toString(v.priority())))
                .put("impact", choice(IncidentChoices.IMPACT, v.value(IMPACT)))
                .put("urgency", choice(IncidentChoices.IMPACT, v.value(URGENCY)))
                .put("active", Boolean.toString(v.active()))
                .put("assigned_to", refs.user(v.value(ASSIGNED_TO)))
                .put("assignment_group", refs.group(v.value(ASSIGNMENT_GROUP)))
                .put("business_service", refs.service(v.value(BUSINESS_SERVICE)))
                .put("caller_id", refs.user(v.value(CALLER)))
                .put("category", choice(IncidentChoices.CATEGORY, v.value(CATEGORY)))
                .put("opened_at", SnTime.date(v.openedAt())).put("opened_by", refs.user(v.openedBy()))
                .put("resolved_at", date(v.resolvedAt())).put("resolved_by", refs.user(v.resolvedBy().orElse("")))
                .put("closed_at", date(v.closedAt()))
                .put("close_code", v.value(CLOSE_CODE)).put("close_notes", v.value(CLOSE_NOTES))
                .put("hold_reason", choice(IncidentChoices.HOLD_REASON, v.value(HOLD_REASON)))
                .put("correlation_id", v.value(CORRELATION_ID))
                .put("work_notes", new Field.Journal(() -> journal(v, true)))
                .put("comments", new Field.Journal(() -> journal(v, false)))
                .put("escalation", Field.of("0", "Normal"))
                .put("reassignment_count", Integer.toString(v.reassignmentCount()))
                .put("sys_class_name", Field.of("incident", "Incident"))
                .put("sys_created_on", SnTime.date(v.openedAt())).put("sys_created_by", refs.userNameOf(v.openedBy()))
                .put("sys_updated_on", SnTime.date(v.updatedAt())).put("sys_updated_by", v.updatedBy())
                .put("sys_mod_count", Integer.toString(v.modCount()));
    }

    private String journal(IncidentView v, boolean workNotes) {
        StringBuilder text = new StringBuilder();
        List<IncidentView.JournalLine> lines = new ArrayList<>(v.journal());
        for (int i = lines.size() - 1; i >= 0; i--) {
            IncidentView.JournalLine line = lines.get(i);
            if (line.workNote() == workNotes) {
                text.append(SnTime.date(line.at())).append(" - ").append(refs.displayOfUser(refs.userNameOf(line.author())))
                        .append(workNotes ? " (Work notes)\n" : " (Additional comments)\n").append(line.text()).append("\n\n");
            }
        }
        return text.toString();
    }

    private static Field choice(Map<String, String> choices, String code) {
        return Field.of(code, code.isEmpty() ? "" : IncidentChoices.label(choices, code));
    }

    private static String date(Optional<Instant> t) {
        return t.map(SnTime::date).orElse("");
    }
}
