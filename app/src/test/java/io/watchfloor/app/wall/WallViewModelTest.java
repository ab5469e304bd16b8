package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.ClockState;
import io.watchfloor.core.SlaBoard;
import io.watchfloor.core.sla.ResponseMetrics;
import io.watchfloor.core.sla.SlaLevel;
import io.watchfloor.core.sla.SlaThresholds;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.Priority;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import io.watchfloor.core.SlaKind;
import io.watchfloor.core.SourceKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wall's view model, without a toolkit: hand-built snapshots and a clock moved by hand. */
class WallViewModelTest {
    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private final WallViewModel model = new WallViewModel(clock);

    @Test
    void countsFiringAndUnacknowledgedAlertsPerSeverity() {
        model.update(BoardFixtures.realistic(NOW));

        assertThat(model.firingProperty(Severity.CRITICAL).get()).isEqualTo(3);
        assertThat(model.unacknowledgedProperty(Severity.CRITICAL).get()).isEqualTo(2);
        assertThat(model.firingProperty(Severity.MAJOR).get()).isEqualTo(4);
        assertThat(model.unacknowledgedProperty(Severity.MAJOR).get()).isEqualTo(2);
        assertThat(model.firingProperty(Severity.MINOR).get()).isEqualTo(6);
        assertThat(model.firingProperty(Severity.WARNING).get()).isEqualTo(9);
        assertThat(model.unacknowledgedProperty(Severity.WARNING).get()).isEqualTo(6);
        assertThat(model.firingProperty(Severity.INFO).get()).isEqualTo(12);
    }

    @Test
    void listsServicesWorstFirstWithStatusReasonAndRegion() {
        model.update(BoardFixtures.realistic(NOW));

        List<ServiceCell> cells = model.servicesProperty();
        assertThat(cells).hasSize(36);
        assertThat(cells.subList(0, 4)).extracting(ServiceCell::status)
                .containsExactly(ServiceStatus.DOWN, ServiceStatus.DOWN, ServiceStatus.DEGRADED, ServiceStatus.DEGRADED);
        assertThat(cells.get(0)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("checkout");
            assertThat(c.displayName()).isEqualTo("Checkout");
            assertThat(c.reason()).isEqualTo("critical: CheckoutErrorRate");
            assertThat(c.region()).isEqualTo("eu-west");
            assertThat(c.statusText()).isEqualTo("DOWN");
        });
        assertThat(model.statusCountProperty(ServiceStatus.DOWN).get()).isEqualTo(2);
        assertThat(model.statusCountProperty(ServiceStatus.UP).get()).isEqualTo(32);
        assertThat(model.worstStatusProperty().get()).isEqualTo(ServiceStatus.DOWN);
    }

    @Test
    void headlineNamesTheDownServicesAndCountsTheDegradedOnes() {
        model.update(BoardFixtures.realistic(NOW));

        assertThat(model.headlineProperty().get())
                .isEqualTo("2 services DOWN \u00b7 Checkout, Payments Gateway  \u00b7  2 DEGRADED");
    }

    @Test
    void headlineSaysAllServicesUpWhenNothingIsWrong() {
        model.update(BoardFixtures.calm(NOW));

        assertThat(model.headlineProperty().get()).isEqualTo("All services up");
        assertThat(model.worstStatusProperty().get()).isEqualTo(ServiceStatus.UP);
    }

    @Test
    void headlineNamesThreeServicesThenSaysHowManyMore() {
        BoardBuilder b = new BoardBuilder(NOW);
        for (String name : List.of("alpha", "bravo", "charlie", "delta", "echo")) {
            b.service(name, ServiceStatus.DOWN, "probe failing (prom)");
        }
        model.update(b.service("zulu", ServiceStatus.UP, "ok").build());

        assertThat(model.headlineProperty().get()).isEqualTo("5 services DOWN \u00b7 Alpha, Bravo, Charlie +2 more");
    }

    @Test
    void headlineUsesTheSingularForOneDegradedService() {
        model.update(new BoardBuilder(NOW).service("search", ServiceStatus.DEGRADED, "major: SearchLatencyHigh")
                .service("cart", ServiceStatus.UP, "ok").build());

        assertThat(model.headlineProperty().get()).isEqualTo("1 service DEGRADED \u00b7 Search");
    }

    @Test
    void emptyBoardWaitsForDataInsteadOfClaimingAllIsUp() {
        model.update(BoardState.empty(NOW));

        assertThat(model.headlineProperty().get()).isEqualTo("Waiting for data");
        assertThat(model.worstStatusProperty().get()).isEqualTo(ServiceStatus.UNKNOWN);
    }

    @Test
    void availabilityRowsWithLeastErrorBudgetFirstWithBelowAndPartialFlags() {
        model.update(BoardFixtures.realistic(NOW));

        List<AvailabilityRow> rows = model.availabilityProperty();
        // payments: 99.650 % against 99.95 % is 6 budgets over; checkout: 99.412 % against 99.9 % is 4.9 over
        assertThat(rows).extracting(AvailabilityRow::service)
                .startsWith("payments-gateway", "checkout", "kafka", "search");
        AvailabilityRow checkout = rows.get(1);
        assertThat(checkout.ratio24hText()).isEqualTo("99.412%");
        assertThat(checkout.ratio7dText()).isEqualTo("99.861%");
        assertThat(checkout.sloText()).isEqualTo("99.9%");
        assertThat(checkout.below24h()).isTrue();
        assertThat(checkout.partial()).isFalse();
        AvailabilityRow kafka = rows.stream().filter(r -> r.service().equals("kafka")).findFirst().orElseThrow();
        assertThat(kafka.below24h()).isFalse();
        assertThat(kafka.below7d()).isTrue();
        assertThat(kafka.partial7d()).isTrue();
        assertThat(kafka.partial24h()).isFalse();
        AvailabilityRow dns = rows.stream().filter(r -> r.service().equals("dns")).findFirst().orElseThrow();
        assertThat(dns.belowSlo()).isFalse();
        assertThat(dns.sloText()).isEqualTo("99.99%");
    }

    @Test
    void slaTimersListTheBreachedOneFirstAndCountDownOnTickAlone() {
        model.update(BoardFixtures.realistic(NOW));

        List<SlaTimerRow> rows = model.slaTimersProperty();
        assertThat(rows).extracting(SlaTimerRow::incidentNumber)
                .containsExactly("INC0012071", "INC0012074", "INC0012077", "INC0012080", "INC0012066");
        assertThat(rows.get(0).remainingText()).isEqualTo("BREACHED +12:07");
        assertThat(rows.get(0).level()).isEqualTo(SlaLevel.BREACHED);
        assertThat(rows.get(1).remainingText()).isEqualTo("00:02:20");
        assertThat(model.breachedTimersProperty().get()).isEqualTo(1);

        model.tick(NOW.plusSeconds(20));
        assertThat(model.slaTimersProperty().get(1).remainingText()).isEqualTo("00:02:00");
        assertThat(model.slaTimersProperty().get(0).remainingText()).isEqualTo("BREACHED +12:27");

        model.tick(NOW.plusSeconds(145));
        SlaTimerRow payments = model.slaTimersProperty().get(1);
        assertThat(payments.incidentNumber()).isEqualTo("INC0012074");
        assertThat(payments.state()).isEqualTo(ClockState.BREACHED);
        assertThat(payments.remainingText()).isEqualTo("BREACHED +00:05");
        assertThat(model.breachedTimersProperty().get()).isEqualTo(2);
    }

    @Test
    void runningTimerWarnsAtHalfItsTargetAndTurnsCriticalAtThreeQuartersByDefault() {
        model.update(new BoardBuilder(NOW).incident(BoardFixtures.incident("INC1", "Disk full", "billing", Priority.P3,
                NOW, BoardFixtures.running("P3 response (100m)", SlaKind.RESPONSE, ClockOrigin.COMPUTED,
                        Duration.ofMinutes(100), Duration.ofMinutes(49), NOW))).build());
        assertThat(model.slaTimersProperty().get(0).level()).isEqualTo(SlaLevel.OK);

        model.tick(NOW.plusSeconds(60));
        assertThat(model.slaTimersProperty().get(0).level()).isEqualTo(SlaLevel.WARN);
        assertThat(model.slaTimersProperty().get(0).forecastText()).startsWith("WARN \u00b7 breaches ");

        model.tick(NOW.plus(Duration.ofMinutes(26)));
        assertThat(model.slaTimersProperty().get(0).level()).isEqualTo(SlaLevel.CRITICAL);
        assertThat(model.slaTimersProperty().get(0).remainingText()).isEqualTo("00:25:00");
    }

    @Test
    void thePolicysThresholdsGradeTheClocksOfItsIncidents() {
        BoardState b = new BoardBuilder(NOW).incident(BoardFixtures.incident("INC1", "Disk full", "billing",
                Priority.P3, NOW, BoardFixtures.running("P3 response (100m)", SlaKind.RESPONSE, ClockOrigin.COMPUTED,
                        Duration.ofMinutes(100), Duration.ofMinutes(30), NOW))).build();
        SlaBoard strict = new SlaBoard(Map.of(b.incidents().get(0).key(), new SlaThresholds(20, 25)), List.of(),
                Map.of(), List.of(), new ResponseMetrics(Map.of(), Map.of()), List.of());

        model.update(b.withSla(b.incidents(), strict));

        assertThat(model.slaTimersProperty().get(0).level()).isEqualTo(SlaLevel.CRITICAL);
    }

    @Test
    void pausedTimerStaysFrozenAndSaysWhoOwnsEachClock() {
        model.update(BoardFixtures.realistic(NOW));
        model.tick(NOW.plusSeconds(3600));

        SlaTimerRow paused = model.slaTimersProperty().stream()
                .filter(r -> r.incidentNumber().equals("INC0012066")).findFirst().orElseThrow();
        assertThat(paused.level()).isEqualTo(SlaLevel.PAUSED);
        assertThat(paused.remainingText()).isEqualTo("PAUSED 14:19:00");
        assertThat(paused.forecastText()).startsWith("PAUSED \u00b7 ").endsWith("% used");
        assertThat(paused.originText()).isEqualTo("DESK");
        assertThat(model.slaTimersProperty()).filteredOn(r -> r.incidentNumber().equals("INC0012074"))
                .extracting(SlaTimerRow::originText).containsExactly("COMPUTED");
    }

    @Test
    void freshnessRowsLeastFreshFirstAndAgeWithEveryTick() {
        model.update(BoardFixtures.realistic(NOW));

        assertThat(model.sourcesProperty()).extracting(FreshnessRow::line)
                .containsExactly("snow \u00b7 STALE \u00b7 4m12s", "am \u00b7 LIVE \u00b7 2s", "prom \u00b7 LIVE \u00b7 9s");
        assertThat(model.sourcesProperty().get(0).lastError()).contains("connection refused");

        model.tick(NOW.plusSeconds(10));

        // am polls every 5 s: 12 s without data is more than two polls
        assertThat(model.sourcesProperty()).extracting(FreshnessRow::line)
                .contains("am \u00b7 DELAYED \u00b7 12s", "snow \u00b7 STALE \u00b7 4m22s");
    }

    @Test
    void bannerNamesTheStaleSourceSinceWhenAndWhy() {
        model.update(BoardFixtures.realistic(NOW));

        assertThat(model.bannerVisibleProperty().get()).isTrue();
        assertThat(model.bannerFreshnessProperty().get()).isEqualTo(Freshness.STALE);
        // 02:10:18Z is 03:10 in Amsterdam
        assertThat(model.bannerProperty().get())
                .isEqualTo("servicenow 'snow' STALE \u00b7 no data since 03:10 (4m12s) \u00b7 down since 03:14 \u00b7 connection refused");
    }

    @Test
    void bannerAppearsWhenSourcesGoStaleWithoutANewSnapshot() {
        model.update(BoardFixtures.calm(NOW));
        assertThat(model.bannerVisibleProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).isEmpty();

        model.tick(NOW.plusSeconds(180));

        assertThat(model.bannerVisibleProperty().get()).isTrue();
        assertThat(model.bannerProperty().get())
                .startsWith("alertmanager 'am' STALE \u00b7 no data since 03:14 (3m01s)")
                .endsWith("+2 more sources not current");
    }

    @Test
    void bannerSaysASourceNeverReachedIsOffline() {
        model.update(new BoardBuilder(NOW).source(BoardFixtures.offline("snow", SourceKind.SERVICENOW,
                Duration.ofSeconds(30), "connection refused", NOW)).build());

        assertThat(model.bannerFreshnessProperty().get()).isEqualTo(Freshness.OFFLINE);
        assertThat(model.bannerProperty().get())
                .isEqualTo("servicenow 'snow' OFFLINE \u00b7 no data since start \u00b7 down since 03:14 \u00b7 connection refused");
        assertThat(model.sourcesProperty().get(0).line()).isEqualTo("snow \u00b7 OFFLINE \u00b7 never");
    }

    @Test
    void updateUsesTheInjectedClockForCountdowns() {
        clock.set(NOW.plusSeconds(40));

        model.update(BoardFixtures.realistic(NOW));

        assertThat(model.slaTimersProperty().get(1).remainingText()).isEqualTo("00:01:40");
        assertThat(model.sourcesProperty()).extracting(FreshnessRow::line)
                .containsExactly("am \u00b7 STALE \u00b7 42s", "snow \u00b7 STALE \u00b7 4m52s",
                        "prom \u00b7 DELAYED \u00b7 49s");
    }
}
