package io.watchfloor.simulator.servicenow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code task_sla} table: the SLAs attached to every incident, with elapsed time, percentage, time
 * left and breach figures computed at the request's instant. The schedule is 24x7, so business figures
 * equal calendar ones.
 */
final class TaskSlaTable implements Table {
    static final String NAME = "task_sla";
    private static final Map<String, String> STAGES = Map.of("in_progress", "In progress", "paused", "Paused",
            "completed", "Completed", "cancelled", "Cancelled");

    private final IncidentBook book;
    private final ReferenceData refs;

    TaskSlaTable(IncidentBook book, ReferenceData refs) {
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
            for (SlaRun run : SlaTimeline.of(r.viewAt(now, refs))) {
                rows.add(row(r, run, now));
            }
        }
        return rows;
    }

    private static TableRow row(IncidentRecord incident, SlaRun run, Instant now) {
        Duration target = run.definition().target();
        Duration elapsed = run.elapsedAt(now);
        Duration pause = run.pauseAt(run.end().orElse(now));
        Duration left = target.minus(elapsed).isNegative() ? Duration.ZERO : target.minus(elapsed);
        Field percent = Field.of(percent(elapsed, target));
        Field elapsedField = duration(elapsed);
        Field leftField = duration(left);
        Field pauseField = duration(pause);
        return new TableRow()
                .put("sys_id", SysIds.of(NAME, incident.sysId() + ":" + run.definition().name() + ":" + run.start()))
                .put("task", new Field.Ref(IncidentTable.NAME, incident.sysId(), incident.number()))
                .put("sla", new Field.Ref(ReferenceData.SLA, run.definition().sysId(), run.definition().name()))
                .put("stage", Field.of(run.stage(), STAGES.get(run.stage())))
                .put("has_breached", Boolean.toString(run.breachedAt(now)))
                .put("active", Boolean.toString(run.active()))
                .put("start_time", SnTime.date(run.start()))
                .put("end_time", run.end().map(SnTime::date).orElse(""))
                .put("pause_time", run.pausedSince().map(SnTime::date).orElse(""))
                .put("planned_end_time", SnTime.date(run.start().plus(target).plus(pause)))
                .put("original_breach_time", SnTime.date(run.start().plus(target)))
                .put("duration", elapsedField).put("business_duration", elapsedField)
                .put("pause_duration", pauseField).put("business_pause_duration", pauseField)
                .put("time_left", leftField).put("business_time_left", leftField)
                .put("percentage", percent).put("business_percentage", percent)
                .put("schedule", new Field.Ref("cmn_schedule", "", ""))
                .put("sys_created_on", SnTime.date(run.start()))
                .put("sys_updated_on", SnTime.date(run.end().orElse(now)));
    }

    private static Field duration(Duration d) {
        return Field.of(SnTime.duration(d), SnTime.durationDisplay(d));
    }

    private static String percent(Duration elapsed, Duration target) {
        BigDecimal p = BigDecimal.valueOf(elapsed.toMillis() * 100.0 / target.toMillis()).setScale(2, RoundingMode.HALF_UP);
        return p.signum() == 0 ? "0" : p.stripTrailingZeros().toPlainString();
    }
}
