package io.watchfloor.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Priority;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseMetricsTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z"); // 16:00 in Berlin

    static IncidentTimes times(Priority p, String opened, Long ackMinutes, Long resolveMinutes) {
        Instant o = Instant.parse(opened);
        return new IncidentTimes(p, o, Optional.ofNullable(ackMinutes).map(m -> o.plus(Duration.ofMinutes(m))),
                Optional.ofNullable(resolveMinutes).map(m -> o.plus(Duration.ofMinutes(m))));
    }

    final ResponseMetrics metrics = new ResponseMetrics(
            Map.of(Priority.P1, Duration.ofMinutes(15)), Map.of(Priority.P1, Duration.ofHours(4)));

    final List<IncidentTimes> history = List.of(
            times(Priority.P1, "2026-11-27T08:00:00Z", 5L, 120L),
            times(Priority.P1, "2026-11-27T09:00:00Z", 20L, 300L),
            times(Priority.P1, "2026-11-27T10:00:00Z", 8L, null),
            times(Priority.P1, "2026-11-22T10:00:00Z", 30L, 60L),
            times(Priority.P1, "2026-11-19T10:00:00Z", 1L, 1L),
            times(Priority.P2, "2026-11-26T22:30:00Z", 40L, null),
            times(Priority.P3, "2026-11-27T14:00:00Z", null, null));

    @Test
    void todayInTheZoneReportsMeanMedianAndShareWithinTarget() {
        MetricsReport today = metrics.report(history, MetricsWindow.today(BERLIN, NOW));
        DurationStats mtta = today.mtta(Priority.P1).orElseThrow();
        assertThat(mtta.count()).isEqualTo(3);
        assertThat(mtta.mean()).isEqualTo(Duration.ofSeconds((5 + 20 + 8) * 60 / 3));
        assertThat(mtta.median()).isEqualTo(Duration.ofMinutes(8));
        assertThat(mtta.shareWithinTarget()).contains(2.0 / 3);
        DurationStats mttr = today.mttr(Priority.P1).orElseThrow();
        assertThat(mttr.count()).isEqualTo(2);
        assertThat(mttr.mean()).isEqualTo(Duration.ofMinutes(210));
        assertThat(mttr.median()).isEqualTo(Duration.ofMinutes(210));
        assertThat(mttr.shareWithinTarget()).contains(0.5);
    }

    @Test
    void todayStartsAtLocalMidnightNotUtcMidnight() {
        // The P2 was acknowledged at 23:10 UTC on the 26th, which is 00:10 on the 27th in Berlin.
        assertThat(metrics.report(history, MetricsWindow.today(BERLIN, NOW)).mtta(Priority.P2)).isPresent();
        assertThat(metrics.report(history, MetricsWindow.today(ZoneId.of("UTC"), NOW)).mtta(Priority.P2)).isEmpty();
    }

    @Test
    void lastSevenDaysIncludesTheWeekButNotOlder() {
        MetricsReport week = metrics.report(history, MetricsWindow.lastDays(7, NOW));
        assertThat(week.window().name()).isEqualTo("7 days");
        assertThat(week.mtta(Priority.P1).orElseThrow().count()).isEqualTo(4);
        assertThat(week.mttr(Priority.P1).orElseThrow().median()).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void emptyWindowsAreEmptyNotZero() {
        MetricsReport report = metrics.report(history, MetricsWindow.today(BERLIN, NOW));
        assertThat(report.mtta(Priority.P3)).isEmpty();
        assertThat(report.mttr(Priority.P2)).isEmpty();
        assertThat(report.mtta()).doesNotContainKey(Priority.P4);
        assertThat(metrics.report(List.of(), MetricsWindow.lastDays(7, NOW)).mtta()).isEmpty();
    }

    @Test
    void priorityWithoutTargetHasNoShare() {
        DurationStats p2 = metrics.report(history, MetricsWindow.today(BERLIN, NOW)).mtta(Priority.P2).orElseThrow();
        assertThat(p2.target()).isEmpty();
        assertThat(p2.shareWithinTarget()).isEmpty();
    }

    @Test
    void targetsCanComeFromThePolicies() {
        SlaPolicies policies = new SlaPolicies(List.of(
                SlaPolicy.forPriority(Priority.P1, Duration.ofMinutes(15), Duration.ofHours(4)),
                SlaPolicy.forPriority(Priority.P2, Duration.ofMinutes(30), Duration.ofHours(8))));
        ResponseMetrics fromPolicies = ResponseMetrics.targetsOf(policies);
        assertThat(fromPolicies.responseTargets()).isEqualTo(Map.of(Priority.P1, Duration.ofMinutes(15),
                Priority.P2, Duration.ofMinutes(30)));
        assertThat(fromPolicies.resolutionTargets().get(Priority.P2)).isEqualTo(Duration.ofHours(8));
    }
}
