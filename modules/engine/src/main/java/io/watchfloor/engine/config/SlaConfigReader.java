package io.watchfloor.engine.config;

import static io.watchfloor.engine.config.ConfigLoader.checkKeys;
import static io.watchfloor.engine.config.ConfigLoader.requireObject;
import static io.watchfloor.engine.config.ConfigLoader.text;
import static io.watchfloor.engine.config.ConfigValues.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.sla.BusinessCalendar;
import io.watchfloor.core.sla.OpeningHours;
import io.watchfloor.core.sla.SlaPolicies;
import io.watchfloor.core.sla.SlaPolicy;
import io.watchfloor.core.sla.SlaThresholds;
import io.watchfloor.engine.config.ConfigLoader.ConfigError;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code sla:} section (docs/config.md): default thresholds, named business calendars and the
 * policies per priority and service. Without the section, or without {@code policies}, the defaults of
 * {@link SlaDefaults} apply; {@code policies: []} means none (no clock is computed). Mistakes are
 * {@link ConfigError}s naming the path ({@code sla.policies[1].response}). Pure; any thread.
 */
final class SlaConfigReader {
    private static final Set<String> KEYS = Set.of("thresholds", "calendars", "policies");
    private static final Set<String> POLICY_KEYS = Set.of("name", "priority", "services", "response", "resolution",
            "calendar", "pauseStates", "thresholds");
    private static final Set<String> THRESHOLD_KEYS = Set.of("warn", "critical");
    private static final Set<String> CALENDAR_KEYS = Set.of("zone", "hours", "holidays");
    private static final String ALWAYS = "24x7";

    private SlaConfigReader() {
    }

    static SlaPolicies read(JsonNode n) {
        if (!present(n)) {
            return SlaDefaults.policies();
        }
        requireObject(n, "sla");
        checkKeys(n, "sla", KEYS);
        SlaThresholds thresholds = thresholds(n.get("thresholds"), "sla.thresholds", SlaThresholds.DEFAULT);
        Map<String, BusinessCalendar> calendars = calendars(n.get("calendars"));
        JsonNode list = ConfigValues.array(n.get("policies"), "sla.policies");
        if (!present(list)) {
            return new SlaPolicies(SlaDefaults.policies().policies().stream().map(p -> new SlaPolicy(p.name(),
                    p.priorities(), p.services(), p.responseTarget(), p.resolutionTarget(), p.calendar(),
                    p.pauseStates(), thresholds)).toList());
        }
        List<SlaPolicy> policies = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            policies.add(policy(list.get(i), "sla.policies[" + i + "]", thresholds, calendars));
        }
        try {
            return new SlaPolicies(policies);
        } catch (IllegalArgumentException e) {
            throw new ConfigError("sla.policies", e.getMessage());
        }
    }

    private static SlaPolicy policy(JsonNode n, String path, SlaThresholds defaults,
                                    Map<String, BusinessCalendar> calendars) {
        requireObject(n, path);
        checkKeys(n, path, POLICY_KEYS);
        Set<Priority> priorities = ConfigValues.priorities(n, path, "priority");
        Set<String> services = new LinkedHashSet<>(ConfigValues.list(n, path, "services"));
        Optional<Duration> response = ConfigLoader.duration(n, path, "response");
        Optional<Duration> resolution = ConfigLoader.duration(n, path, "resolution");
        if (response.isEmpty() && resolution.isEmpty()) {
            throw new ConfigError(path, "needs 'response' or 'resolution' (a duration like 15m or 4h)");
        }
        String name = text(n, path, "name").orElseGet(() -> defaultName(priorities, services));
        BusinessCalendar calendar = calendarRef(n.get("calendar"), path + ".calendar", calendars);
        Set<IncidentState> pause = pauseStates(n, path);
        SlaThresholds thresholds = thresholds(n.get("thresholds"), path + ".thresholds", defaults);
        try {
            return new SlaPolicy(name, priorities, services, response, resolution, calendar, pause, thresholds);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, e.getMessage());
        }
    }

    /** "P1", "P1/P2 payments-gateway", "All priorities". */
    private static String defaultName(Set<Priority> priorities, Set<String> services) {
        String p = priorities.isEmpty() ? "All priorities"
                : priorities.stream().sorted().map(Priority::name).collect(Collectors.joining("/"));
        return services.isEmpty() ? p : p + " " + String.join(",", services);
    }

    private static Set<IncidentState> pauseStates(JsonNode n, String path) {
        if (!present(n.get("pauseStates"))) {
            return EnumSet.of(IncidentState.ON_HOLD);
        }
        Set<IncidentState> out = EnumSet.noneOf(IncidentState.class);
        for (String s : ConfigValues.list(n, path, "pauseStates")) {
            String id = s.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                IncidentState state = IncidentState.valueOf(id);
                if (!state.open()) {
                    throw new ConfigError(path + ".pauseStates", "'" + s + "' is not an open state: only new, "
                            + "in_progress and on_hold can pause a clock");
                }
                out.add(state);
            } catch (IllegalArgumentException e) {
                throw new ConfigError(path + ".pauseStates", "unknown state '" + s + "' (use on_hold, in_progress or new)");
            }
        }
        return out;
    }

    private static SlaThresholds thresholds(JsonNode n, String path, SlaThresholds defaults) {
        if (!present(n)) {
            return defaults;
        }
        requireObject(n, path);
        checkKeys(n, path, THRESHOLD_KEYS);
        double warn = ConfigValues.percent(n, path, "warn").orElse(defaults.warnPercent());
        double critical = ConfigValues.percent(n, path, "critical").orElse(defaults.criticalPercent());
        try {
            return new SlaThresholds(warn, critical);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, "needs 0 < warn < critical < 100, was warn " + warn + "%, critical "
                    + critical + "%");
        }
    }

    private static Map<String, BusinessCalendar> calendars(JsonNode n) {
        Map<String, BusinessCalendar> out = new HashMap<>();
        if (!present(n)) {
            return out;
        }
        requireObject(n, "sla.calendars");
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "sla.calendars." + e.getKey();
            if (e.getKey().equalsIgnoreCase(ALWAYS)) {
                throw new ConfigError(path, "'" + ALWAYS + "' is built in; give the calendar another name");
            }
            out.put(e.getKey(), calendar(e.getValue(), path));
        }
        return out;
    }

    /** {@code 24x7}, the name of a calendar under {@code sla.calendars}, or an inline calendar. */
    private static BusinessCalendar calendarRef(JsonNode n, String path, Map<String, BusinessCalendar> calendars) {
        if (!present(n)) {
            return BusinessCalendar.always();
        }
        if (n.isObject()) {
            return calendar(n, path);
        }
        if (!n.isValueNode()) {
            throw new ConfigError(path, "must be 24x7, a calendar name or a calendar mapping");
        }
        String name = n.asText().trim();
        if (name.equalsIgnoreCase(ALWAYS)) {
            return BusinessCalendar.always();
        }
        BusinessCalendar c = calendars.get(name);
        if (c == null) {
            throw new ConfigError(path, "no calendar '" + name + "' (use 24x7 or one of " + calendars.keySet()
                    + " under sla.calendars)");
        }
        return c;
    }

    private static BusinessCalendar calendar(JsonNode n, String path) {
        requireObject(n, path);
        checkKeys(n, path, CALENDAR_KEYS);
        JsonNode hours = n.get("hours");
        if (!present(hours)) {
            throw new ConfigError(path + ".hours", "is required, e.g. { mon-fri: \"08:00-18:00\" }");
        }
        requireObject(hours, path + ".hours");
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = hours.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String dayPath = path + ".hours." + e.getKey();
            List<OpeningHours> intervals = new ArrayList<>();
            for (String h : ConfigValues.list(hours, path + ".hours", e.getKey())) {
                try {
                    intervals.add(OpeningHours.parse(h));
                } catch (IllegalArgumentException ex) {
                    throw new ConfigError(dayPath, ex.getMessage());
                }
            }
            for (DayOfWeek d : DaySpec.parse(e.getKey(), dayPath)) {
                week.computeIfAbsent(d, x -> new ArrayList<>()).addAll(intervals);
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (String h : ConfigValues.list(n, path, "holidays")) {
            try {
                holidays.add(LocalDate.parse(h));
            } catch (DateTimeParseException e) {
                throw new ConfigError(path + ".holidays", "'" + h + "' is not a date like 2026-12-25");
            }
        }
        try {
            return BusinessCalendar.weekly(ConfigValues.zone(n, path), week, holidays);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path + ".hours", e.getMessage());
        }
    }
}
