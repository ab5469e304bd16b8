package io.watchfloor.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property checks of calendar arithmetic over seeded random calendars and spans, biased towards
 * clock changes in zones with spring-forward/fall-back in both hemispheres, half-hour shifts and none.
 */
class BusinessCalendarPropertyTest {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Sydney"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
    static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

    /** A calendar of quarter-hour intervals, sometimes ending at 24:00, with a few holidays. */
    static BusinessCalendar randomCalendar(Random r) {
        while (true) {
            Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                List<OpeningHours> hours = new ArrayList<>();
                int count = r.nextInt(4);
                for (int i = 0; i < count; i++) {
                    int start = r.nextInt(96);
                    int end = start + 1 + r.nextInt(96 - start);
                    hours.add(new OpeningHours(LocalTime.MIN.plusMinutes(15L * start),
                            end == 96 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(15L * end)));
                }
                week.put(d, hours);
            }
            List<LocalDate> holidays = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                holidays.add(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)));
            }
            try {
                return BusinessCalendar.weekly(ZONES.get(r.nextInt(ZONES.size())), week, holidays);
            } catch (IllegalArgumentException noOpeningAtAll) {
                // draw again
            }
        }
    }

    /** A minute-aligned instant in 2026, often within two days of one of the zone's clock changes. */
    static Instant randomInstant(Random r, ZoneId zone) {
        List<ZoneOffsetTransition> changes = zone.getRules().getTransitions().stream()
                .filter(t -> t.getInstant().isAfter(YEAR_START) && t.getInstant().isBefore(YEAR_START.plus(Duration.ofDays(365))))
                .toList();
        List<ZoneOffsetTransition> upcoming = new ArrayList<>(changes);
        if (upcoming.isEmpty()) {
            Instant t = YEAR_START;
            for (int i = 0; i < 2; i++) {
                ZoneOffsetTransition next = zone.getRules().nextTransition(t);
                if (next == null) {
                    break;
                }
                upcoming.add(next);
                t = next.getInstant();
            }
        }
        if (!upcoming.isEmpty() && r.nextBoolean()) {
            Instant change = upcoming.get(r.nextInt(upcoming.size())).getInstant();
            return change.plus(Duration.ofMinutes(r.nextInt(4 * 24 * 60) - 2 * 24 * 60));
        }
        return YEAR_START.plus(Duration.ofMinutes(r.nextInt(365 * 24 * 60)));
    }

    /** Independent oracle: every boundary is minute-aligned, so openness is constant per minute. */
    static Duration bruteForce(BusinessCalendar c, Instant from, Instant to) {
        long minutes = 0;
        for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
            if (c.isOpen(m)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    @Test
    void businessTimeMatchesMinuteByMinuteCount() {
        Random r = new Random(20261125L);
        for (int i = 0; i < 300; i++) {
            BusinessCalendar c = randomCalendar(r);
            Instant from = randomInstant(r, c.zone());
            Instant to = from.plus(Duration.ofMinutes(r.nextInt(3 * 24 * 60)));
            assertThat(c.businessTimeBetween(from, to)).as("case %d: %s %s..%s", i, c, from, to)
                    .isEqualTo(bruteForce(c, from, to));
        }
    }

    @Test
    void addingTheBusinessTimeOfASpanLandsAtOrBeforeItsEndWithNothingLeftBetween() {
        Random r = new Random(7L);
        for (int i = 0; i < 500; i++) {
            BusinessCalendar c = randomCalendar(r);
            Instant from = randomInstant(r, c.zone()).plusNanos(r.nextInt(1_000_000_000));
            Instant to = from.plus(Duration.ofSeconds(r.nextInt(90 * 24 * 3600)));
            Duration between = c.businessTimeBetween(from, to);
            Instant reached = c.addBusinessTime(from, between);
            assertThat(reached).as("case %d", i).isBeforeOrEqualTo(to);
            assertThat(c.businessTimeBetween(reached, to)).as("case %d", i).isZero();
            assertThat(c.businessTimeBetween(from, reached)).as("case %d", i).isEqualTo(between);
            assertThat(between).isLessThanOrEqualTo(Duration.between(from, to));
        }
    }

    @Test
    void addThenMeasureGivesTheAmountBackAtTheEarliestInstant() {
        Random r = new Random(11L);
        for (int i = 0; i < 500; i++) {
            BusinessCalendar c = randomCalendar(r);
            Instant from = randomInstant(r, c.zone());
            Duration amount = Duration.ofSeconds(1 + r.nextInt(300 * 3600));
            Instant reached = c.addBusinessTime(from, amount);
            assertThat(c.businessTimeBetween(from, reached)).as("case %d", i).isEqualTo(amount);
            assertThat(c.businessTimeBetween(from, reached.minusNanos(1))).as("case %d", i).isLessThan(amount);
        }
    }

    @Test
    void businessTimeIsAdditiveOverAdjacentSpans() {
        Random r = new Random(13L);
        for (int i = 0; i < 400; i++) {
            BusinessCalendar c = randomCalendar(r);
            Instant a = randomInstant(r, c.zone());
            Instant b = a.plus(Duration.ofSeconds(r.nextInt(10 * 24 * 3600)));
            Instant d = b.plus(Duration.ofSeconds(r.nextInt(10 * 24 * 3600)));
            assertThat(c.businessTimeBetween(a, d)).as("case %d", i)
                    .isEqualTo(c.businessTimeBetween(a, b).plus(c.businessTimeBetween(b, d)));
        }
    }

    @Test
    void subtractIsTheMirrorOfMeasure() {
        Random r = new Random(17L);
        for (int i = 0; i < 300; i++) {
            BusinessCalendar c = randomCalendar(r);
            Instant to = randomInstant(r, c.zone());
            Duration amount = Duration.ofSeconds(r.nextInt(200 * 3600));
            Instant from = c.subtractBusinessTime(to, amount);
            assertThat(from).isBeforeOrEqualTo(to);
            assertThat(c.businessTimeBetween(from, to)).as("case %d", i).isEqualTo(amount);
            assertThat(c.businessTimeBetween(from.minusNanos(1), to)).as("case %d: earliest", i).isGreaterThan(amount);
        }
    }
}
