package io.watchfloor.engine.config;

import static io.watchfloor.engine.config.ConfigLoader.checkKeys;
import static io.watchfloor.engine.config.ConfigLoader.requireObject;
import static io.watchfloor.engine.config.ConfigLoader.text;
import static io.watchfloor.engine.config.ConfigValues.present;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.escalation.EscalationLevel;
import io.watchfloor.core.escalation.EscalationPolicy;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.escalation.PeakWindow;
import io.watchfloor.engine.config.ConfigLoader.ConfigError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code escalation:} section (docs/config.md): the levels (also accepted under their older
 * name {@code tiers}), the rules, the peak windows, {@code autoEscalate} and {@code autoOperator}. Levels
 * count from 0 ({@code to: 1} is the second level) or are named ({@code to: Shift lead}). Without levels
 * the four of {@link EscalationMatrix#DEFAULT} apply; without rules the defaults of {@link SlaDefaults};
 * {@code rules: []} means none. Pure; any thread.
 */
final class EscalationConfigReader {
    private static final Set<String> KEYS = Set.of("levels", "tiers", "rules", "peaks", "autoEscalate", "autoOperator");
    private static final Set<String> LEVEL_KEYS = Set.of("name", "group", "onCall", "priority");
    private static final Set<String> RULE_KEYS = Set.of("unacknowledgedFor", "slaPercent", "kind", "priority", "to");
    private static final Set<String> PEAK_KEYS = Set.of("name", "start", "end", "zone", "factor", "floors");

    /** What the section configures: the matrix the console's escalate uses, and the rules over its levels. */
    record Escalation(EscalationMatrix matrix, EscalationPolicy policy, String autoOperator) {
    }

    private EscalationConfigReader() {
    }

    static Escalation read(JsonNode n) {
        if (!present(n)) {
            SlaSettings d = SlaSettings.defaults(EscalationMatrix.DEFAULT);
            return new Escalation(EscalationMatrix.DEFAULT, d.escalation(), d.autoOperator());
        }
        requireObject(n, "escalation");
        checkKeys(n, "escalation", KEYS);
        if (present(n.get("levels")) && present(n.get("tiers"))) {
            throw new ConfigError("escalation", "has both 'levels' and 'tiers'; they are the same list, keep 'levels'");
        }
        String levelsKey = present(n.get("tiers")) ? "tiers" : "levels";
        List<EscalationTier> tiers = new ArrayList<>();
        List<EscalationLevel> levels = new ArrayList<>();
        levels(n.get(levelsKey), "escalation." + levelsKey, tiers, levels);
        JsonNode rulesNode = ConfigValues.array(n.get("rules"), "escalation.rules");
        List<EscalationRule> rules = present(rulesNode) ? rules(rulesNode, levels) : SlaDefaults.rules(levels.size());
        List<PeakWindow> peaks = peaks(ConfigValues.array(n.get("peaks"), "escalation.peaks"), levels);
        boolean auto = flag(n, "escalation", "autoEscalate");
        String operator = text(n, "escalation", "autoOperator").orElse(SlaSettings.AUTO_OPERATOR);
        try {
            new Operator(operator, Role.LEAD);
        } catch (IllegalArgumentException e) {
            throw new ConfigError("escalation.autoOperator", e.getMessage());
        }
        return new Escalation(new EscalationMatrix(tiers), new EscalationPolicy(levels, rules, peaks, auto), operator);
    }

    private static void levels(JsonNode list, String path, List<EscalationTier> tiers, List<EscalationLevel> levels) {
        if (!present(list)) {
            EscalationMatrix.DEFAULT.tiers().forEach(tiers::add);
            EscalationPolicy.fromMatrix(EscalationMatrix.DEFAULT, List.of(), List.of(), false).levels()
                    .forEach(levels::add);
            return;
        }
        if (!list.isArray() || list.isEmpty()) {
            throw new ConfigError(path, "must be a list of at least one level");
        }
        for (int i = 0; i < list.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode t = list.get(i);
            requireObject(t, p);
            checkKeys(t, p, LEVEL_KEYS);
            String name = text(t, p, "name").orElseThrow(() -> new ConfigError(p + ".name", "is required"));
            Optional<Priority> priority = text(t, p, "priority").map(x -> ConfigValues.priority(x, p + ".priority"));
            Optional<String> group = text(t, p, "group");
            tiers.add(new EscalationTier(name, group, priority));
            levels.add(new EscalationLevel(i, name, group, text(t, p, "onCall")));
        }
    }

    private static List<EscalationRule> rules(JsonNode list, List<EscalationLevel> levels) {
        List<EscalationRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rules.add(rule(list.get(i), "escalation.rules[" + i + "]", levels));
        }
        return rules;
    }

    private static EscalationRule rule(JsonNode n, String path, List<EscalationLevel> levels) {
        requireObject(n, path);
        checkKeys(n, path, RULE_KEYS);
        int to = level(n.get("to"), path + ".to", levels);
        Set<Priority> priorities = ConfigValues.priorities(n, path, "priority");
        Optional<Duration> unack = ConfigLoader.duration(n, path, "unacknowledgedFor");
        Optional<Double> percent = ConfigValues.percent(n, path, "slaPercent");
        if (unack.isPresent() && percent.isPresent()) {
            throw new ConfigError(path, "has both 'unacknowledgedFor' and 'slaPercent'; make them two rules");
        }
        if (present(n.get("kind")) && percent.isEmpty()) {
            throw new ConfigError(path + ".kind", "only goes with 'slaPercent'");
        }
        try {
            if (unack.isPresent()) {
                return new EscalationRule.Unacknowledged(unack.get(), to, priorities);
            }
            if (percent.isPresent()) {
                return new EscalationRule.SlaPercent(kind(n, path), percent.get(), to, priorities);
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, e.getMessage());
        }
        if (priorities.isEmpty()) {
            throw new ConfigError(path, "needs 'unacknowledgedFor', 'slaPercent' or 'priority' (the priorities "
                    + "that go straight to the level)");
        }
        return new EscalationRule.OnPriority(priorities, to);
    }

    private static Optional<SlaKind> kind(JsonNode n, String path) {
        return text(n, path, "kind").map(k -> {
            try {
                return SlaKind.valueOf(k.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigError(path + ".kind", "must be response or resolution, was '" + k + "'");
            }
        });
    }

    /** A level by number (from 0) or by name (case-insensitive). */
    private static int level(JsonNode n, String path, List<EscalationLevel> levels) {
        if (!present(n) || !n.isValueNode() || n.asText().isBlank()) {
            throw new ConfigError(path, "is required: a level name or number (0 = " + levels.get(0).name() + ")");
        }
        String t = n.asText().trim();
        for (EscalationLevel l : levels) {
            if (l.name().equalsIgnoreCase(t)) {
                return l.level();
            }
        }
        try {
            int i = Integer.parseInt(t);
            if (i >= 0 && i < levels.size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // not a number either: reported below
        }
        throw new ConfigError(path, "no level '" + t + "' (levels: " + levels.stream()
                .map(l -> l.level() + " " + l.name()).collect(Collectors.joining(", ")) + ")");
    }

    private static List<PeakWindow> peaks(JsonNode list, List<EscalationLevel> levels) {
        List<PeakWindow> peaks = new ArrayList<>();
        if (!present(list)) {
            return peaks;
        }
        for (int i = 0; i < list.size(); i++) {
            peaks.add(peak(list.get(i), "escalation.peaks[" + i + "]", levels));
        }
        return peaks;
    }

    private static PeakWindow peak(JsonNode n, String path, List<EscalationLevel> levels) {
        requireObject(n, path);
        checkKeys(n, path, PEAK_KEYS);
        String name = text(n, path, "name").orElseThrow(() -> new ConfigError(path + ".name", "is required"));
        ZoneId zone = ConfigValues.zone(n, path);
        Instant start = instant(n, path, "start", zone);
        Instant end = instant(n, path, "end", zone);
        if (!start.isBefore(end)) {
            throw new ConfigError(path + ".end", "must be after start");
        }
        double factor = ConfigValues.factor(n, path, "factor").orElse(1.0);
        Map<Priority, Integer> floors = new EnumMap<>(Priority.class);
        JsonNode f = n.get("floors");
        if (present(f)) {
            requireObject(f, path + ".floors");
            for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + ".floors." + e.getKey();
                floors.put(ConfigValues.priority(e.getKey(), p), level(e.getValue(), p, levels));
            }
        }
        return new PeakWindow(name, start, end, factor, floors);
    }

    /** {@code 2026-11-27} (its start), {@code 2026-11-27T06:00} in the zone, or with an offset. */
    private static Instant instant(JsonNode n, String path, String key, ZoneId zone) {
        String t = text(n, path, key).orElseThrow(() -> new ConfigError(path + "." + key,
                "is required: a date (2026-11-27) or date and time (2026-11-27T06:00)"));
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant();
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConfigError(path + "." + key, "'" + t + "' is not a date (2026-11-27) or date and time "
                    + "(2026-11-27T06:00)");
        }
    }

    private static boolean flag(JsonNode n, String path, String key) {
        JsonNode v = n.get(key);
        if (!present(v)) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String t = v.asText().trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return t.equals("true");
        }
        throw new ConfigError(path + "." + key, "must be true or false, was '" + v.asText() + "'");
    }
}
