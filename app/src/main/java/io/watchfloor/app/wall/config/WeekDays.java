package io.watchfloor.app.wall.config;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Reads days of the week as the config writes them: {@code mon}, {@code monday}, or a range {@code mon-fri}. */
final class WeekDays {
    private WeekDays() {
    }

    /** One day or a range of days (a range may wrap: {@code fri-mon}). */
    static Set<DayOfWeek> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        if (dash < 0) {
            return EnumSet.of(day(t, text));
        }
        DayOfWeek from = day(t.substring(0, dash).trim(), text);
        DayOfWeek to = day(t.substring(dash + 1).trim(), text);
        Set<DayOfWeek> days = EnumSet.of(from);
        for (DayOfWeek d = from; d != to; d = d.plus(1)) {
            days.add(d.plus(1));
        }
        return days;
    }

    private static DayOfWeek day(String word, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (word.length() >= 2 && name.startsWith(word) && (word.length() >= 3 || word.length() == name.length())
                    || word.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a day like mon or a range like mon-fri");
    }
}
