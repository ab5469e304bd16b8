package io.watchfloor.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When SLA time counts: 24x7, or weekly opening hours in a time zone minus holidays. Immutable and
 * thread-safe.
 *
 * <p><b>Definition.</b> An instant is <em>business time</em> when, read in {@code zone}, its local
 * date is not a holiday and its local time of day lies in one of the {@link OpeningHours} of that
 * date's day of week. Everything else follows from that, also across clock changes: on a
 * spring-forward day the skipped local hour is never observed, so an interval that lies in it counts
 * only the part after the jump (a 00:00-24:00 day is 23 hours long); on a fall-back day the repeated
 * local hour is observed twice and counts twice (a 00:00-24:00 day is 25 hours long).
 *
 * <p><b>Units.</b> Durations are exact elapsed time (nanosecond precision), never "wall-clock
 * hours". Both walks advance one local day (or one offset change) per step, so spans of months cost
 * a few hundred steps.
 *
 * <p>Invariants: at least one day has opening hours (so {@link #addBusinessTime} always ends); each
 * day's intervals are sorted and merged; holidays are local dates in {@code zone}.
 *
 * @param zone     the zone the opening hours and holidays are read in
 * @param week     opening hours per day of week; a day that is absent is closed
 * @param holidays dates (in {@code zone}) that are closed all day
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week, Set<LocalDate> holidays) {

    private static final BusinessCalendar ALWAYS = weekly(ZoneOffset.UTC, allWeek(List.of(OpeningHours.ALL_DAY)),
            List.of());

    public BusinessCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(holidays, "holidays");
        EnumMap<DayOfWeek, List<OpeningHours>> normalized = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> {
            List<OpeningHours> merged = OpeningHours.merge(Objects.requireNonNull(hours, "hours of " + day));
            if (!merged.isEmpty()) {
                normalized.put(Objects.requireNonNull(day, "day"), merged);
            }
        });
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs opening hours on at least one day");
        }
        week = Collections.unmodifiableMap(normalized);
        SortedSet<LocalDate> sorted = new TreeSet<>(holidays);
        holidays = Collections.unmodifiableSortedSet(sorted);
    }

    /** Counts every instant (24x7, no holidays). */
    public static BusinessCalendar always() {
        return ALWAYS;
    }

    /** Weekly opening hours in {@code zone} minus the given holidays. */
    public static BusinessCalendar weekly(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week,
                                          Collection<LocalDate> holidays) {
        return new BusinessCalendar(zone, week, Set.copyOf(holidays));
    }

    /**
     * A week with the same hours on every day in {@code days}, e.g.
     * {@code uniform(EnumSet.range(MONDAY, FRIDAY), List.of(OpeningHours.parse("08:00-18:00")))}.
     */
    public static Map<DayOfWeek, List<OpeningHours>> uniform(Set<DayOfWeek> days, List<OpeningHours> hours) {
        EnumMap<DayOfWeek, List<OpeningHours>> map = new EnumMap<>(DayOfWeek.class);
        days.forEach(d -> map.put(d, List.copyOf(hours)));
        return map;
    }

    private static Map<DayOfWeek, List<OpeningHours>> allWeek(List<OpeningHours> hours) {
        return uniform(Set.of(DayOfWeek.values()), hours);
    }

    /** The same calendar with these holidays (replacing the current ones). */
    public BusinessCalendar withHolidays(Collection<LocalDate> newHolidays) {
        return new BusinessCalendar(zone, week, Set.copyOf(newHolidays));
    }

    /** True when every instant counts: every day 00:00-24:00 and no holidays. */
    public boolean alwaysOpen() {
        if (!holidays.isEmpty() || week.size() != 7) {
            return false;
        }
        return week.values().stream().allMatch(h -> h.equals(List.of(OpeningHours.ALL_DAY)));
    }

    /** Whether {@code at} is business time (see the class comment). */
    public boolean isOpen(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        long nanoOfDay = local.toLocalTime().toNanoOfDay();
        for (OpeningHours h : hoursOn(local.toLocalDate())) {
            if (h.startNanos() <= nanoOfDay && nanoOfDay < h.endNanos()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Business time in {@code [from, to)}; zero when {@code to} is not after {@code from}.
     * Equals {@code Duration.between(from, to)} for a 24x7 calendar.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen()) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        Instant t = from;
        while (t.isBefore(to)) {
            Piece p = piece(t);
            long length = Duration.between(t, p.end().isAfter(to) ? to : p.end()).toNanos();
            long open = 0;
            for (OpeningHours h : hoursOn(p.date())) {
                long lo = Math.max(h.startNanos(), p.nanoOfDay());
                long hi = Math.min(h.endNanos(), p.nanoOfDay() + length);
                if (lo < hi) {
                    open += hi - lo;
                }
            }
            total = total.plusNanos(open);
            t = p.end();
        }
        return total;
    }

    /**
     * The instant at which {@code amount} of business time has elapsed after {@code from}: the
     * earliest {@code r} with {@code businessTimeBetween(from, r).equals(amount)}. For a positive
     * amount that instant lies inside (or at the end of) an open interval, never in closed time after
     * it; {@code from} itself for zero.
     *
     * @throws IllegalArgumentException for a negative amount
     */
    public Instant addBusinessTime(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative, was " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        if (alwaysOpen()) {
            return from.plus(amount);
        }
        long left = amount.toNanos();
        Instant t = from;
        while (true) {
            Piece p = piece(t);
            long length = Duration.between(t, p.end()).toNanos();
            for (OpeningHours h : hoursOn(p.date())) {
                long lo = Math.max(h.startNanos(), p.nanoOfDay());
                long hi = Math.min(h.endNanos(), p.nanoOfDay() + length);
                if (lo < hi) {
                    if (left <= hi - lo) {
                        return t.plusNanos(lo - p.nanoOfDay() + left);
                    }
                    left -= hi - lo;
                }
            }
            t = p.end();
        }
    }

    /**
     * The instant at which a clock counting towards {@code to} still had {@code amount} of business
     * time to go: the earliest {@code f} with {@code businessTimeBetween(f, to).equals(amount)}
     * (for zero, the end of the last business time before {@code to}, or {@code to} itself).
     *
     * @throws IllegalArgumentException for a negative amount
     */
    public Instant subtractBusinessTime(Instant to, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to subtract must not be negative, was " + amount);
        }
        if (alwaysOpen()) {
            return to.minus(amount);
        }
        // Step back (doubling) until strictly more than amount lies in between, then walk forward.
        Duration step = amount.compareTo(Duration.ofDays(1)) > 0 ? amount : Duration.ofDays(1);
        Instant start = to.minus(step);
        Duration between = businessTimeBetween(start, to);
        while (between.compareTo(amount) <= 0) {
            step = step.multipliedBy(2);
            start = to.minus(step);
            between = businessTimeBetween(start, to);
        }
        return addBusinessTime(start, between.minus(amount));
    }

    private List<OpeningHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        return week.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** The stretch from {@code t} on which the local date and the zone offset stay the same. */
    private Piece piece(Instant t) {
        ZoneRules rules = zone.getRules();
        ZoneOffset offset = rules.getOffset(t);
        LocalDateTime local = LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), offset);
        long nanoOfDay = local.toLocalTime().toNanoOfDay();
        Instant end = t.plusNanos(OpeningHours.NANOS_PER_DAY - nanoOfDay);
        ZoneOffsetTransition next = rules.nextTransition(t);
        if (next != null && next.getInstant().isBefore(end)) {
            end = next.getInstant();
        }
        return new Piece(end, local.toLocalDate(), nanoOfDay);
    }

    /** A stretch starting at the walk's current instant, which is {@code nanoOfDay} into {@code date}. */
    private record Piece(Instant end, LocalDate date, long nanoOfDay) {
    }
}
