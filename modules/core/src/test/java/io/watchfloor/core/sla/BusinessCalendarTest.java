package io.watchfloor.core.sla;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    static BusinessCalendar weekdays(ZoneId zone, String hours, LocalDate... holidays) {
        return BusinessCalendar.weekly(zone,
                BusinessCalendar.uniform(EnumSet.range(MONDAY, FRIDAY), List.of(OpeningHours.parse(hours))),
                List.of(holidays));
    }

    static BusinessCalendar every(ZoneId zone, String... hours) {
        return BusinessCalendar.weekly(zone, BusinessCalendar.uniform(EnumSet.allOf(DayOfWeek.class),
                List.of(hours).stream().map(OpeningHours::parse).toList()), List.of());
    }

    @Test
    void alwaysCountsWallTime() {
        BusinessCalendar c = BusinessCalendar.always();
        Instant from = Instant.parse("2026-03-29T00:00:00Z");
        assertThat(c.alwaysOpen()).isTrue();
        assertThat(c.businessTimeBetween(from, from.plusSeconds(7200))).isEqualTo(Duration.ofHours(2));
        assertThat(c.addBusinessTime(from, Duration.ofMinutes(90))).isEqualTo(from.plusSeconds(5400));
        assertThat(c.subtractBusinessTime(from, Duration.ofMinutes(90))).isEqualTo(from.minusSeconds(5400));
    }

    @Test
    void aZonedAllDayCalendarWithoutHolidaysIsAlwaysOpen() {
        assertThat(every(LONDON, "00:00-24:00").alwaysOpen()).isTrue();
        assertThat(every(LONDON, "00:00-24:00").withHolidays(List.of(LocalDate.of(2026, 12, 25))).alwaysOpen()).isFalse();
    }

    @Test
    void reversedSpanHasNoBusinessTime() {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(weekdays(LONDON, "09:00-17:00").businessTimeBetween(t, t.minusSeconds(60))).isZero();
    }

    @Test
    void weekdayHoursSkipTheWeekend() {
        BusinessCalendar c = weekdays(NEW_YORK, "09:00-17:00");
        Instant friday16 = local("2026-02-27T16:00", NEW_YORK);
        assertThat(c.addBusinessTime(friday16, Duration.ofHours(2))).isEqualTo(local("2026-03-02T10:00", NEW_YORK));
        assertThat(c.businessTimeBetween(friday16, local("2026-03-02T10:00", NEW_YORK))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void addingFromClosedTimeStartsAtTheNextOpening() {
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00");
        assertThat(c.addBusinessTime(local("2026-03-07T12:00", LONDON), Duration.ofMinutes(1)))
                .isEqualTo(local("2026-03-09T09:01", LONDON));
    }

    @Test
    void amountEndingAtClosingLandsAtClosingNotAtTheNextOpening() {
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00");
        assertThat(c.addBusinessTime(local("2026-03-06T16:00", LONDON), Duration.ofHours(1)))
                .isEqualTo(local("2026-03-06T17:00", LONDON));
    }

    @Test
    void zeroAmountIsTheStart() {
        Instant saturday = local("2026-03-07T12:00", LONDON);
        assertThat(weekdays(LONDON, "09:00-17:00").addBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void negativeAmountsAreRefused() {
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00");
        assertThatThrownBy(() -> c.addBusinessTime(Instant.EPOCH, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.subtractBusinessTime(Instant.EPOCH, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalIntervalsADaySkipTheLunchBreak() {
        BusinessCalendar c = every(LONDON, "09:00-12:00", "13:00-17:00");
        Instant eleven = local("2026-06-10T11:00", LONDON);
        assertThat(c.addBusinessTime(eleven, Duration.ofHours(2))).isEqualTo(local("2026-06-10T14:00", LONDON));
        assertThat(c.businessTimeBetween(local("2026-06-10T00:00", LONDON), local("2026-06-11T00:00", LONDON)))
                .isEqualTo(Duration.ofHours(7));
        assertThat(c.isOpen(local("2026-06-10T12:30", LONDON))).isFalse();
        assertThat(c.isOpen(local("2026-06-10T13:00", LONDON))).isTrue();
    }

    @Test
    void overlappingIntervalsAreMergedNotCountedTwice() {
        BusinessCalendar c = every(LONDON, "09:00-13:00", "12:00-17:00");
        assertThat(c.week().get(MONDAY)).containsExactly(OpeningHours.parse("09:00-17:00"));
        assertThat(c.businessTimeBetween(local("2026-06-10T00:00", LONDON), local("2026-06-11T00:00", LONDON)))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void intervalEndingAt24RunsIntoTheNextDaysMidnightInterval() {
        BusinessCalendar c = BusinessCalendar.weekly(LONDON, Map.of(
                MONDAY, List.of(OpeningHours.parse("20:00-24:00")),
                TUESDAY, List.of(OpeningHours.parse("00:00-02:00"))), List.of());
        Instant monday23 = local("2026-06-08T23:00", LONDON);
        assertThat(c.addBusinessTime(monday23, Duration.ofHours(2))).isEqualTo(local("2026-06-09T01:00", LONDON));
        assertThat(c.isOpen(local("2026-06-08T23:59:59.999", LONDON))).isTrue();
        assertThat(c.isOpen(local("2026-06-09T00:00", LONDON))).isTrue();
        assertThat(c.isOpen(local("2026-06-09T02:00", LONDON))).isFalse();
        assertThat(c.addBusinessTime(local("2026-06-08T22:00", LONDON), Duration.ofHours(2)))
                .isEqualTo(local("2026-06-09T00:00", LONDON));
    }

    @Test
    void holidaysAreClosedAllDay() {
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00", LocalDate.of(2026, 12, 25));
        Instant thursday17 = local("2026-12-24T16:00", LONDON);
        assertThat(c.addBusinessTime(thursday17, Duration.ofHours(2))).isEqualTo(local("2026-12-28T10:00", LONDON));
        assertThat(c.isOpen(local("2026-12-25T10:00", LONDON))).isFalse();
        assertThat(c.businessTimeBetween(local("2026-12-21T00:00", LONDON), local("2026-12-28T00:00", LONDON)))
                .isEqualTo(Duration.ofHours(32));
    }

    @Test
    void holidayIsTheLocalDateInTheCalendarsZone() {
        BusinessCalendar c = every(NEW_YORK, "00:00-24:00").withHolidays(List.of(LocalDate.of(2026, 7, 4)));
        // 2026-07-04T02:00Z is still 3 July in New York: open.
        assertThat(c.isOpen(Instant.parse("2026-07-04T02:00:00Z"))).isTrue();
        assertThat(c.isOpen(Instant.parse("2026-07-04T05:00:00Z"))).isFalse();
        assertThat(c.businessTimeBetween(local("2026-07-03T00:00", NEW_YORK), local("2026-07-06T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void londonSpringForwardDayHas23Hours() {
        BusinessCalendar c = every(LONDON, "00:00-24:00").withHolidays(List.of(LocalDate.of(2000, 1, 1)));
        assertThat(c.businessTimeBetween(local("2026-03-29T00:00", LONDON), local("2026-03-30T00:00", LONDON)))
                .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void londonFallBackDayHas25Hours() {
        BusinessCalendar c = every(LONDON, "00:00-24:00").withHolidays(List.of(LocalDate.of(2000, 1, 1)));
        assertThat(c.businessTimeBetween(local("2026-10-25T00:00", LONDON), local("2026-10-26T00:00", LONDON)))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void intervalInsideTheSpringGapCountsOnlyAfterTheJump() {
        // London 2026-03-29: 01:00 GMT jumps to 02:00 BST; local 01:00-02:00 never happens.
        BusinessCalendar c = every(LONDON, "01:00-03:00");
        Instant dayStart = local("2026-03-29T00:00", LONDON);
        assertThat(c.businessTimeBetween(dayStart, dayStart.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(1));
        assertThat(c.addBusinessTime(dayStart, Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 02:30 BST
    }

    @Test
    void repeatedFallBackHourCountsTwice() {
        // London 2026-10-25: 02:00 BST falls back to 01:00 GMT; local 01:00-02:00 happens twice.
        BusinessCalendar c = every(LONDON, "00:30-01:30");
        Instant dayStart = local("2026-10-25T00:00", LONDON);
        assertThat(c.businessTimeBetween(dayStart, dayStart.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(90));
        Instant secondPass = OffsetDateTime.parse("2026-10-25T01:15Z").toInstant(); // 01:15 GMT
        assertThat(c.isOpen(secondPass)).isTrue();
        assertThat(c.isOpen(OffsetDateTime.parse("2026-10-25T01:45+01:00").toInstant())).isFalse();
        assertThat(c.addBusinessTime(dayStart, Duration.ofMinutes(75)))
                .isEqualTo(OffsetDateTime.parse("2026-10-25T01:15Z").toInstant());
    }

    @Test
    void newYorkOfficeHoursKeepEightHoursAcrossBothClockChanges() {
        BusinessCalendar c = weekdays(NEW_YORK, "09:00-17:00");
        Instant friday16 = local("2026-03-06T16:00", NEW_YORK);
        Instant mondayTen = c.addBusinessTime(friday16, Duration.ofHours(2));
        assertThat(mondayTen).isEqualTo(local("2026-03-09T10:00", NEW_YORK)).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(c.businessTimeBetween(local("2026-10-26T00:00", NEW_YORK), local("2026-11-07T00:00", NEW_YORK)))
                .isEqualTo(Duration.ofHours(80));
        assertThat(c.addBusinessTime(local("2026-10-30T16:00", NEW_YORK), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-11-02T15:00:00Z")); // 10:00 EST
    }

    @Test
    void newYorkNightShiftAcrossSpringForwardLosesAnHour() {
        // A Saturday/Sunday night desk 22:00-24:00 + 00:00-06:00; 2026-03-08 02:00 EST jumps to 03:00 EDT.
        BusinessCalendar c = BusinessCalendar.weekly(NEW_YORK, Map.of(
                SATURDAY, List.of(OpeningHours.parse("22:00-24:00")),
                SUNDAY, List.of(OpeningHours.parse("00:00-06:00"))), List.of());
        Instant sat22 = local("2026-03-07T22:00", NEW_YORK);
        assertThat(c.businessTimeBetween(sat22, local("2026-03-08T06:00", NEW_YORK))).isEqualTo(Duration.ofHours(7));
        assertThat(c.addBusinessTime(sat22, Duration.ofHours(4))).isEqualTo(local("2026-03-08T03:00", NEW_YORK));
    }

    @Test
    void newYorkNightShiftAcrossFallBackGainsAnHour() {
        BusinessCalendar c = BusinessCalendar.weekly(NEW_YORK, Map.of(
                SATURDAY, List.of(OpeningHours.parse("22:00-24:00")),
                SUNDAY, List.of(OpeningHours.parse("00:00-06:00"))), List.of());
        Instant sat22 = local("2026-10-31T22:00", NEW_YORK);
        assertThat(c.businessTimeBetween(sat22, local("2026-11-01T06:00", NEW_YORK))).isEqualTo(Duration.ofHours(9));
        // 4h after 22:00 EDT is 01:00 EST, the second pass of 01:00.
        assertThat(c.addBusinessTime(sat22, Duration.ofHours(4))).isEqualTo(OffsetDateTime.parse("2026-11-01T01:00-05:00").toInstant());
    }

    @Test
    void spanOfAYearCountsEveryWorkingDay() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate last = LocalDate.of(2027, 1, 1);
        List<LocalDate> holidays = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00", holidays.toArray(LocalDate[]::new));
        long workingDays = first.datesUntil(last)
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && !holidays.contains(d)).count();
        Instant from = first.atStartOfDay(LONDON).toInstant();
        Instant to = last.atStartOfDay(LONDON).toInstant();
        assertThat(c.businessTimeBetween(from, to)).isEqualTo(Duration.ofHours(8 * workingDays));
        assertThat(c.addBusinessTime(from, Duration.ofHours(8 * workingDays))).isEqualTo(local("2026-12-31T17:00", LONDON));
    }

    @Test
    void subtractFindsWhenTheRemainderWasReached() {
        BusinessCalendar c = weekdays(LONDON, "09:00-17:00");
        Instant mondayTen = local("2026-03-09T10:00", LONDON);
        assertThat(c.subtractBusinessTime(mondayTen, Duration.ofMinutes(30))).isEqualTo(local("2026-03-09T09:30", LONDON));
        // One hour before Monday 10:00 was reached at Friday 17:00 and held over the weekend.
        assertThat(c.subtractBusinessTime(mondayTen, Duration.ofHours(1))).isEqualTo(local("2026-03-06T17:00", LONDON));
        assertThat(c.subtractBusinessTime(mondayTen, Duration.ofHours(3))).isEqualTo(local("2026-03-06T15:00", LONDON));
        assertThat(c.subtractBusinessTime(local("2026-03-07T12:00", LONDON), Duration.ZERO))
                .isEqualTo(local("2026-03-06T17:00", LONDON));
    }

    @Test
    void aCalendarWithoutAnyOpeningIsRefused() {
        assertThatThrownBy(() -> BusinessCalendar.weekly(LONDON, Map.of(MONDAY, List.of()), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    }

    @Test
    void openingHoursParseAndValidate() {
        assertThat(OpeningHours.parse("08:00-24:00")).isEqualTo(new OpeningHours(LocalTime.of(8, 0), LocalTime.MIDNIGHT));
        assertThat(OpeningHours.parse("08:00 - 18:30").length()).isEqualTo(Duration.ofMinutes(630));
        assertThat(OpeningHours.ALL_DAY.length()).isEqualTo(Duration.ofDays(1));
        assertThat(OpeningHours.parse("20:00-24:00").toString()).isEqualTo("20:00-24:00");
        assertThatThrownBy(() -> OpeningHours.parse("18:00-08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningHours.parse("9-17")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpeningHours.parse("09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calendarsWithTheSameHoursAreEqual() {
        assertThat(weekdays(LONDON, "09:00-17:00")).isEqualTo(weekdays(LONDON, "09:00-17:00"));
        assertThat(weekdays(LONDON, "09:00-17:00").holidays()).isEqualTo(Set.of());
    }
}
