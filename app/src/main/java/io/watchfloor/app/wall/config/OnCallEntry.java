package io.watchfloor.app.wall.config;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who holds a role ({@code wall.onCall}): a name, how to reach them, and optionally when (hours of the day and
 * days of the week, in the wall's zone). A window that crosses midnight belongs to the day it starts on: a
 * Monday {@code 22:00-06:00} shift covers Tuesday 02:00. Immutable; any thread.
 *
 * @param role    "Incident commander", "NOC shift"
 * @param name    who
 * @param contact a phone number or handle to show; empty for none
 * @param hours   the daily window; empty for all day
 * @param days    the days the window starts on; empty for every day
 */
public record OnCallEntry(String role, String name, Optional<String> contact, Optional<TimeWindow> hours,
                          Set<DayOfWeek> days) {
    public OnCallEntry {
        if (role == null || role.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an on-call entry needs a role and a name");
        }
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(hours, "hours");
        days = Set.copyOf(days);
    }

    /** Whether this entry holds its role at {@code at}. */
    public boolean activeAt(ZonedDateTime at) {
        if (hours.isEmpty()) {
            return days.isEmpty() || days.contains(at.getDayOfWeek());
        }
        TimeWindow w = hours.get();
        if (!w.contains(at.toLocalTime())) {
            return false;
        }
        DayOfWeek startDay = w.wraps() && at.toLocalTime().isBefore(w.end())
                ? at.getDayOfWeek().minus(1) : at.getDayOfWeek();
        return days.isEmpty() || days.contains(startDay);
    }
}
