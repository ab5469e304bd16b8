package io.watchfloor.app.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The texts the wall prints for durations and percentages. */
class WallFormatTest {

    @Test
    void countdownIsHoursMinutesSecondsAndNeverNegative() {
        assertThat(DurationFormat.countdown(Duration.ofSeconds(3725))).isEqualTo("01:02:05");
        assertThat(DurationFormat.countdown(Duration.ofHours(74))).isEqualTo("74:00:00");
        assertThat(DurationFormat.countdown(Duration.ofMillis(900))).isEqualTo("00:00:00");
        assertThat(DurationFormat.countdown(Duration.ofSeconds(-5))).isEqualTo("00:00:00");
    }

    @Test
    void overdueIsMinutesSecondsThenHours() {
        assertThat(DurationFormat.overdue(Duration.ofSeconds(-727))).isEqualTo("+12:07");
        assertThat(DurationFormat.overdue(Duration.ofSeconds(-3725))).isEqualTo("+1:02:05");
    }

    @Test
    void ageKeepsTheTwoLargestUnits() {
        assertThat(DurationFormat.age(Duration.ofSeconds(2))).isEqualTo("2s");
        assertThat(DurationFormat.age(Duration.ofSeconds(252))).isEqualTo("4m12s");
        assertThat(DurationFormat.age(Duration.ofMinutes(63))).isEqualTo("1h03m");
        assertThat(DurationFormat.age(Duration.ofHours(52))).isEqualTo("2d04h");
    }

    @Test
    void ratiosAreTruncatedSoAlmostPerfectNeverReadsAsPerfect() {
        assertThat(PercentFormat.ratio(OptionalDouble.of(0.99812))).isEqualTo("99.812%");
        assertThat(PercentFormat.ratio(OptionalDouble.of(0.9999996))).isEqualTo("99.999%");
        assertThat(PercentFormat.ratio(OptionalDouble.of(1.0))).isEqualTo("100.000%");
        assertThat(PercentFormat.ratio(OptionalDouble.empty())).isEqualTo("\u2014");
    }

    @Test
    void objectivesShowOnlyTheDecimalsTheyHave() {
        assertThat(PercentFormat.objective(0.999)).isEqualTo("99.9%");
        assertThat(PercentFormat.objective(0.9995)).isEqualTo("99.95%");
        assertThat(PercentFormat.objective(0.99)).isEqualTo("99%");
        assertThat(PercentFormat.objective(1.0)).isEqualTo("100%");
        assertThat(PercentFormat.objective(99.9 / 100)).as("99.9% as the config reads it").isEqualTo("99.9%");
        assertThat(PercentFormat.objective(0.99999)).isEqualTo("99.999%");
    }

    @Test
    void serviceGridPacksDoubleCellsWithoutOverlapOrGaps() {
        int[] spans = {2, 2, 2, 2, 1, 1, 1, 1, 1, 1};
        int[][] at = ServiceGridTile.pack(spans, 5);

        boolean[][] used = new boolean[4][5];
        for (int i = 0; i < spans.length; i++) {
            for (int k = 0; k < spans[i]; k++) {
                assertThat(used[at[i][0]][at[i][1] + k]).as("cell %d overlaps", i).isFalse();
                used[at[i][0]][at[i][1] + k] = true;
            }
        }
        // two doubles per row, the fifth column backfilled by the first single cells
        assertThat(at[4]).containsExactly(0, 4);
        assertThat(at[5]).containsExactly(1, 4);
        assertThat(at[9]).containsExactly(2, 3);
    }

    @Test
    void serviceGridPrefersWideCellsForManyServices() {
        assertThat(ServiceGridTile.bestColumns(40, 1100, 480, 7)).isEqualTo(5);
        assertThat(ServiceGridTile.bestColumns(4, 1100, 480, 7)).isEqualTo(2);
    }
}
