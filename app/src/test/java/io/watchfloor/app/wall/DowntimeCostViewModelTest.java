package io.watchfloor.app.wall;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Downtime cost: per minute, per outage and per day, tracked from snapshots with a clock moved by hand. */
class DowntimeCostViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Instant T0 = ZonedDateTime.of(2026, 11, 27, 14, 0, 0, 0, ZONE).toInstant();
    private static final Service CHECKOUT = new Service("checkout", "Checkout", "eu-west", Criticality.TIER_1, 0.999,
            new BigDecimal("12000"), "EUR");
    private static final Service SEARCH = new Service("search", "Search", "eu-west", Criticality.TIER_1, 0.999,
            new BigDecimal("3000"), "EUR");
    private static final Service SHOP_US = new Service("shop-us", "Shop US", "us-east", Criticality.TIER_1, 0.999,
            new BigDecimal("500"), "USD");

    private final MutableClock clock = new MutableClock(T0, ZONE);
    private final DowntimeCostViewModel model = new DowntimeCostViewModel(clock, 0.5);

    private BoardState board(ServiceStatus checkout, ServiceStatus search) {
        return new BoardBuilder(clock.instant()).service(CHECKOUT, checkout, "x").service(SEARCH, search, "y").build();
    }

    private void after(Duration d) {
        clock.advance(d);
        model.tick(clock.instant());
    }

    private CostRow row(String service) {
        return model.rowsProperty().stream().filter(r -> r.service().equals(service)).findFirst().orElseThrow();
    }

    @Test
    void aDownServiceCostsItsFullRateForEveryMinuteOfTheOutage() {
        model.update(board(ServiceStatus.DOWN, ServiceStatus.UP));
        after(Duration.ofMinutes(14).plusSeconds(30));

        CostRow row = row("checkout");
        assertThat(row.perMinute()).isEqualByComparingTo("12000");
        assertThat(row.outage()).isEqualTo(Duration.ofMinutes(14).plusSeconds(30));
        assertThat(row.outageCost()).isEqualByComparingTo("174000");
        assertThat(row.todayCost()).isEqualByComparingTo("174000");
        assertThat(row.outageStart()).isEqualTo(T0);
        assertThat(model.rowsProperty()).extracting(CostRow::service).containsExactly("checkout");
    }

    @Test
    void aDegradedServiceCostsTheConfiguredShareAndAStatusChangeChangesTheRateFromThen() {
        model.update(board(ServiceStatus.DEGRADED, ServiceStatus.UP));
        after(Duration.ofMinutes(10));
        assertThat(row("checkout").perMinute()).isEqualByComparingTo("6000");
        assertThat(row("checkout").outageCost()).isEqualByComparingTo("60000");

        model.update(board(ServiceStatus.DOWN, ServiceStatus.UP));
        after(Duration.ofMinutes(2));

        assertThat(row("checkout").outageCost()).isEqualByComparingTo("84000");
        assertThat(row("checkout").outage()).as("one outage throughout").isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void aRecoveredServiceLeavesTheListButItsCostStaysInTodaysTotalAndANewOutageStartsAtZero() {
        model.update(board(ServiceStatus.DOWN, ServiceStatus.DOWN));
        after(Duration.ofMinutes(5));
        model.update(board(ServiceStatus.UP, ServiceStatus.DOWN));
        assertThat(model.rowsProperty()).extracting(CostRow::service).containsExactly("search");
        assertThat(model.todayTotalsProperty().get().get("EUR")).isEqualByComparingTo("75000");

        after(Duration.ofMinutes(1));
        model.update(board(ServiceStatus.DOWN, ServiceStatus.DOWN));
        after(Duration.ofMinutes(1));

        assertThat(row("checkout").outageCost()).isEqualByComparingTo("12000");
        assertThat(row("checkout").todayCost()).isEqualByComparingTo("72000");
        assertThat(row("search").outageCost()).isEqualByComparingTo("21000");
        assertThat(model.rowsProperty()).extracting(CostRow::service).as("most expensive per minute first")
                .containsExactly("checkout", "search");
        assertThat(model.todayTotalsProperty().get().get("EUR")).isEqualByComparingTo("93000");
    }

    @Test
    void todayRestartsAtMidnightInTheWallsZoneWhileTheOutageKeepsCounting() {
        clock.set(ZonedDateTime.of(2026, 11, 27, 23, 50, 0, 0, ZONE).toInstant());
        DowntimeCostViewModel night = new DowntimeCostViewModel(clock, 1.0);
        night.update(new BoardBuilder(clock.instant()).service(SEARCH, ServiceStatus.DOWN, "x").build());

        clock.advance(Duration.ofMinutes(20));
        night.tick(clock.instant());

        CostRow row = night.rowsProperty().get(0);
        assertThat(row.outageCost()).isEqualByComparingTo("60000");
        assertThat(row.todayCost()).as("only the ten minutes after midnight").isEqualByComparingTo("30000");
    }

    @Test
    void totalsAreKeptPerCurrencyAndFormattedInTheWallsLocale() {
        model.update(new BoardBuilder(clock.instant()).service(CHECKOUT, ServiceStatus.DOWN, "x")
                .service(SHOP_US, ServiceStatus.DOWN, "y").build());
        after(Duration.ofMinutes(2));

        Map<String, BigDecimal> totals = model.todayTotalsProperty().get();
        assertThat(totals.get("EUR")).isEqualByComparingTo("24000");
        assertThat(totals.get("USD")).isEqualByComparingTo("1000");
        MoneyFormat money = new MoneyFormat(Locale.UK);
        assertThat(money.totals(totals)).isEqualTo("\u20ac24,000 + US$1,000");
        assertThat(money.format(new BigDecimal("1234.5"), "XYZ")).isEqualTo("1,235 XYZ");
    }

    @Test
    void unknownAndMissingServicesEndTheOutage() {
        model.update(board(ServiceStatus.DOWN, ServiceStatus.DOWN));
        after(Duration.ofMinutes(1));

        model.update(new BoardBuilder(clock.instant()).service(CHECKOUT, ServiceStatus.UNKNOWN, "no data").build());

        assertThat(model.rowsProperty()).isEmpty();
        after(Duration.ofMinutes(10));
        assertThat(model.todayTotalsProperty().get().get("EUR")).isEqualByComparingTo("15000");
    }
}
