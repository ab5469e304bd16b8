package io.watchfloor.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTest {
    private static Optional<Measure> ms(double v) {
        return Optional.of(Measure.ms(v));
    }

    @Test
    void ratioTargetsCompareWithTheBaseline() {
        assertThat(Target.atLeastRatio(0.5).judge(ms(60), ms(100))).isEqualTo(Verdict.PASS);
        assertThat(Target.atLeastRatio(0.5).judge(ms(40), ms(100))).isEqualTo(Verdict.MISS);
        assertThat(Target.atMostRatio(1.5).judge(ms(150), ms(100))).isEqualTo(Verdict.PASS);
        assertThat(Target.atMostRatio(1.5).judge(ms(151), ms(100))).isEqualTo(Verdict.MISS);
        assertThat(Target.atMostBaselinePlus(500, "ms").judge(ms(1500), ms(1000))).isEqualTo(Verdict.PASS);
        assertThat(Target.atMostBaselinePlus(500, "ms").judge(ms(1501), ms(1000))).isEqualTo(Verdict.MISS);
    }

    @Test
    void absoluteTargetsIgnoreTheBaseline() {
        assertThat(Target.atMost(2, "ms").judge(ms(2), Optional.empty())).isEqualTo(Verdict.PASS);
        assertThat(Target.atMost(2, "ms").judge(ms(2.01), ms(0.1))).isEqualTo(Verdict.MISS);
    }

    @Test
    void withoutANumberOrANeededBaselineNothingIsJudged() {
        assertThat(Target.atMost(2, "ms").judge(Optional.empty(), Optional.empty())).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(Target.atMostRatio(1.5).judge(ms(10), Optional.empty())).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void targetsReadAsInTheIssue() {
        assertThat(Target.atLeastRatio(0.5).text()).isEqualTo("≥ 50 % of the baseline");
        assertThat(Target.atMostRatio(1.5).text()).isEqualTo("≤ 1.5 × the baseline");
        assertThat(Target.atMost(400, "MB").text()).isEqualTo("≤ 400 MB");
        assertThat(Target.atMostBaselinePlus(500, "ms").text()).isEqualTo("≤ baseline + 500 ms");
    }

    @Test
    void numbersGetTheDigitsTheirSizeDeserves() {
        assertThat(Measure.ms(1.84).text()).isEqualTo("1.84 ms");
        assertThat(Measure.ms(12.345).text()).isEqualTo("12.3 ms");
        assertThat(Measure.ms(0.0456).text()).isEqualTo("0.046 ms");
        assertThat(new Measure(412_300.4, "alerts/s").text()).isEqualTo("412,300 alerts/s");
        assertThatThrownBy(() -> Measure.ms(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreByNearestRank() {
        Percentiles p = Percentiles.of(List.of(5, 1, 4, 2, 3, 6, 7, 8, 9, 10));
        assertThat(p.median()).isEqualTo(5);
        assertThat(p.at(95)).isEqualTo(10);
        assertThat(p.at(10)).isEqualTo(1);
        assertThat(p.max()).isEqualTo(10);
        assertThat(p.count()).isEqualTo(10);
    }
}
