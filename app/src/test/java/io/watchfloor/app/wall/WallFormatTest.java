package io.watchfloor.app.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The texts the wall prints for percentages, and how the service grid packs its cells. */
class WallFormatTest {

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
