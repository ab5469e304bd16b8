package io.watchfloor.engine.config;

import io.watchfloor.engine.config.ConfigLoader.ConfigError;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Days of the week as the config writes them: {@code mon}, {@code mon-fri}, {@code sat,sun}, {@code daily}. */
final class DaySpec {
    private static final String[] NAMES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private DaySpec() {
    }

    static Set<DayOfWeek> parse(String text, String path) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("daily") || t.equals("every day")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : t.split(",")) {
            String[] range = part.trim().split("-");
            if (range.length == 1) {
                days.add(day(range[0], text, path));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0], text, path);
                DayOfWeek to = day(range[1], text, path);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw bad(text, path);
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String text, String path) {
        String n = name.trim();
        for (int i = 0; i < NAMES.length; i++) {
            if (n.length() >= 3 && (NAMES[i].equals(n) || DayOfWeek.of(i + 1).name().toLowerCase(Locale.ROOT).equals(n))) {
                return DayOfWeek.of(i + 1);
            }
        }
        throw bad(text, path);
    }

    private static ConfigError bad(String text, String path) {
        return new ConfigError(path, "'" + text + "' is not a day or days (use mon, mon-fri, sat,sun or daily)");
    }
}
