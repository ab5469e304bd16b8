package io.watchfloor.connectors.servicenow;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SkippedRecords;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SlaKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps one {@code task_sla} row (raw values, {@code sysparm_display_value=false}) to the desk's own
 * {@link SlaClock} for its task (API-NOTES 3.5).
 *
 * <p>Stage: {@code in_progress} is RUNNING with {@code breachAt = planned_end_time} (when
 * {@code has_breached} is set, breachAt is never later than the measurement, so it reads breached);
 * the 2010 engine's {@code breached} stage reads the same; {@code paused} is PAUSED;
 * {@code completed} is MET or BREACHED by {@code has_breached}; {@code cancelled} is CANCELLED.
 * Target: {@code duration + time_left} when time is left, else {@code duration x 100 / percentage},
 * else {@code planned_end_time - start_time}. A row it cannot read is skipped and reported.
 */
final class SlaClockMapper {
    /** The task_sla fields requested (sysparm_fields). */
    static final List<String> FIELDS = List.of("task", "sla.name", "stage", "has_breached", "start_time", "end_time",
            "planned_end_time", "percentage", "business_percentage", "time_left", "business_time_left", "duration",
            "business_duration");

    private final SkippedRecords skipped;

    SlaClockMapper(SkippedRecords skipped) {
        this.skipped = skipped;
    }

    /** A clock and the sys_id of the task it belongs to. */
    record TaskClock(String task, SlaClock clock) {
    }

    Optional<TaskClock> clock(JsonNode row, Instant measuredAt) {
        String task = row.isObject() ? SnowValues.value(row, "task") : "";
        String name = row.isObject() ? SnowValues.value(row, "sla.name") : "";
        String key = "task_sla:" + task + "/" + name + "/" + (row.isObject() ? SnowValues.value(row, "start_time") : row);
        try {
            if (task.isEmpty() || name.isEmpty()) {
                throw new IllegalArgumentException("task or sla.name is empty");
            }
            Instant startedAt = SnowValues.instant(row, "start_time");
            Optional<Instant> plannedEnd = SnowValues.optionalInstant(row, "planned_end_time");
            Duration elapsed = SnowValues.optionalDuration(row, "duration").orElse(Duration.ZERO);
            Duration target = target(row, elapsed, startedAt, plannedEnd);
            boolean breached = "true".equalsIgnoreCase(SnowValues.value(row, "has_breached"));
            String stage = SnowValues.value(row, "stage").toLowerCase(Locale.ROOT);
            ClockState state = state(stage, breached);
            Instant breachAt = plannedEnd.orElse(startedAt.plus(target));
            if (state == ClockState.RUNNING && breached && breachAt.isAfter(measuredAt)) {
                breachAt = measuredAt;
            }
            SlaKind kind = name.toLowerCase(Locale.ROOT).contains("response") ? SlaKind.RESPONSE : SlaKind.RESOLUTION;
            return Optional.of(new TaskClock(task, new SlaClock(name, kind, ClockOrigin.DESK, state, target, startedAt,
                    breachAt, elapsed, measuredAt)));
        } catch (IllegalArgumentException e) {
            skipped.skip(key, "task_sla '" + name + "' of task " + task + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static ClockState state(String stage, boolean breached) {
        switch (stage) {
            case "in_progress":
            case "breached":
                return ClockState.RUNNING;
            case "paused":
                return ClockState.PAUSED;
            case "completed":
                return breached ? ClockState.BREACHED : ClockState.MET;
            case "cancelled":
                return ClockState.CANCELLED;
            default:
                throw new IllegalArgumentException("unknown stage '" + stage + "'");
        }
    }

    private static Duration target(JsonNode row, Duration elapsed, Instant startedAt, Optional<Instant> plannedEnd) {
        Optional<Duration> timeLeft = SnowValues.optionalDuration(row, "time_left");
        if (timeLeft.isPresent() && !timeLeft.get().isZero()) {
            return elapsed.plus(timeLeft.get());
        }
        Optional<Double> percentage = SnowValues.optionalNumber(row, "percentage");
        if (percentage.isPresent() && percentage.get() > 0 && !elapsed.isZero()) {
            return Duration.ofMillis(Math.round(elapsed.toMillis() * 100.0 / percentage.get()));
        }
        if (plannedEnd.isPresent() && plannedEnd.get().isAfter(startedAt)) {
            return Duration.between(startedAt, plannedEnd.get());
        }
        throw new IllegalArgumentException("cannot tell the target: no time_left, percentage or planned_end_time");
    }
}
