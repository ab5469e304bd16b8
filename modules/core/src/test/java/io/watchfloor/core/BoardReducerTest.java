package io.watchfloor.core;

import static io.watchfloor.core.Fixtures.AM;
import static io.watchfloor.core.Fixtures.PROM;
import static io.watchfloor.core.Fixtures.SNOW;
import static io.watchfloor.core.Fixtures.T0;
import static io.watchfloor.core.Fixtures.alert;
import static io.watchfloor.core.Fixtures.incident;
import static io.watchfloor.core.Fixtures.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BoardReducerTest {
    private final Service checkout = new Service("checkout", "Checkout", "eu-west", Criticality.TIER_1, 0.999,
            new BigDecimal("12000"), "EUR");
    private final Service loyalty = new Service("loyalty", "Loyalty", "eu-west", Criticality.TIER_3, 0.99,
            new BigDecimal("150"), "EUR");
    private BoardReducer reducer;

    @BeforeEach
    void setUp() {
        reducer = new BoardReducer(List.of(checkout, loyalty), Duration.ofMinutes(10));
        reducer.register(Fixtures.health(AM, SourceKind.ALERTMANAGER));
        reducer.register(Fixtures.health(PROM, SourceKind.PROMETHEUS));
        reducer.register(Fixtures.health(SNOW, SourceKind.SERVICENOW));
    }

    private void alerts(Instant at, Alert... alerts) {
        reducer.apply(new SourceEvent.AlertsObserved(AM, at, List.of(alerts)));
    }

    @Test
    void criticalAlertTakesItsServiceDownAndIsCounted() {
        alerts(T0, alert("f1", "CheckoutErrorRate", Severity.CRITICAL, "checkout"),
                alert("f2", "LoyaltyLag", Severity.WARNING, "loyalty"));
        BoardState s = reducer.snapshot(T0);

        assertThat(s.service("checkout").orElseThrow().status()).isEqualTo(ServiceStatus.DOWN);
        assertThat(s.service("checkout").orElseThrow().reason()).isEqualTo("critical: CheckoutErrorRate");
        assertThat(s.service("loyalty").orElseThrow().status()).isEqualTo(ServiceStatus.UP);
        assertThat(s.firingCounts()).containsEntry(Severity.CRITICAL, 1).containsEntry(Severity.WARNING, 1)
                .containsEntry(Severity.MAJOR, 0);
        assertThat(s.services().get(0).service().name()).as("worst first").isEqualTo("checkout");
    }

    @Test
    void alertThatVanishesIsResolvedAtTheObservationAndLaterDropped() {
        alerts(T0, alert("f1", "CheckoutErrorRate", Severity.CRITICAL, "checkout"));
        alerts(T0.plusSeconds(2));
        BoardState s = reducer.snapshot(T0.plusSeconds(2));

        assertThat(s.alerts()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(a.endedAt()).contains(T0.plusSeconds(2));
        });
        assertThat(s.firingCounts().get(Severity.CRITICAL)).isZero();
        assertThat(s.service("checkout").orElseThrow().status()).isEqualTo(ServiceStatus.UP);
        assertThat(reducer.snapshot(T0.plusSeconds(2).plus(Duration.ofMinutes(11))).alerts()).isEmpty();
    }

    @Test
    void alertThatComesBackFiringIsNoLongerListedAsResolved() {
        alerts(T0, alert("f1", "CheckoutErrorRate", Severity.CRITICAL, "checkout"));
        alerts(T0.plusSeconds(2));
        alerts(T0.plusSeconds(4), alert("f1", "CheckoutErrorRate", Severity.CRITICAL, "checkout"));
        assertThat(reducer.snapshot(T0.plusSeconds(4)).alerts()).singleElement()
                .extracting(Alert::state).isEqualTo(AlertState.FIRING);
    }

    @Test
    void failedReadKeepsTheLastKnownAlertsAndRecordsWhy() {
        alerts(T0, alert("f1", "CheckoutErrorRate", Severity.CRITICAL, "checkout"));
        reducer.apply(new SourceEvent.SourceFailed(AM, T0.plusSeconds(2), "connection refused"));
        BoardState s = reducer.snapshot(T0.plusSeconds(2));

        assertThat(s.firingCounts().get(Severity.CRITICAL)).isEqualTo(1);
        SourceHealth h = s.health(AM).orElseThrow();
        assertThat(h.lastError()).contains("connection refused");
        assertThat(h.lastSuccess()).contains(T0);
    }

    @Test
    void servicesAreUnknownNotUpWhenNoMonitoringSourceIsCurrent() {
        assertThat(reducer.snapshot(T0).service("loyalty").orElseThrow().status()).isEqualTo(ServiceStatus.UNKNOWN);
        alerts(T0);
        assertThat(reducer.snapshot(T0.plusSeconds(1)).service("loyalty").orElseThrow().status())
                .isEqualTo(ServiceStatus.UP);
        assertThat(reducer.snapshot(T0.plusSeconds(60)).service("loyalty").orElseThrow().status())
                .as("alertmanager stale after 5 poll intervals").isEqualTo(ServiceStatus.UNKNOWN);
    }

    @Test
    void failingProbeTakesServiceDownAndAvailabilityIsAttached() {
        Availability day = new Availability(PROM, "checkout", Duration.ofHours(24), 0.9981, Optional.empty());
        reducer.apply(new SourceEvent.AvailabilityObserved(PROM, T0, List.of(day),
                List.of(new ProbeResult(PROM, "checkout", false), new ProbeResult(PROM, "loyalty", true))));
        BoardState s = reducer.snapshot(T0);

        ServiceView v = s.service("checkout").orElseThrow();
        assertThat(v.status()).isEqualTo(ServiceStatus.DOWN);
        assertThat(v.reason()).isEqualTo("probe failing (prom)");
        assertThat(v.availability(Duration.ofHours(24))).contains(day);
        assertThat(v.belowSlo(Duration.ofHours(24))).isTrue();
        assertThat(s.service("loyalty").orElseThrow().status()).isEqualTo(ServiceStatus.UP);
    }

    @Test
    void servicesNamedOnlyByAlertsOrIncidentsAreDiscovered() {
        alerts(T0, alert("f9", "DiskFull", Severity.MAJOR, "ledger-db"));
        reducer.apply(new SourceEvent.IncidentsObserved(SNOW, T0, List.of(incident("INC0010001", Priority.P1, "sso", List.of()))));
        BoardState s = reducer.snapshot(T0);
        assertThat(s.service("ledger-db").orElseThrow().status()).isEqualTo(ServiceStatus.DEGRADED);
        assertThat(s.service("sso").orElseThrow().status()).isEqualTo(ServiceStatus.DOWN);
        assertThat(s.service("sso").orElseThrow().reason()).isEqualTo("P1 INC0010001");
    }

    @Test
    void urgentClocksListTheSoonestBreachFirst() {
        Incident p1 = incident("INC0010001", Priority.P1, "checkout",
                List.of(running("P1 resolution (4h)", Duration.ofHours(4), Duration.ofHours(1)),
                        running("P1 response (15m)", Duration.ofMinutes(15), Duration.ofMinutes(20))));
        Incident p3 = incident("INC0010002", Priority.P3, "loyalty",
                List.of(running("P3 resolution (3d)", Duration.ofDays(3), Duration.ofHours(70))));
        reducer.apply(new SourceEvent.IncidentsObserved(SNOW, T0, List.of(p3, p1)));
        BoardState s = reducer.snapshot(T0);

        assertThat(s.incidents()).extracting(Incident::number).containsExactly("INC0010001", "INC0010002");
        assertThat(s.urgentClocks(T0, 2)).extracting(u -> u.clock().name())
                .containsExactly("P1 response (15m)", "P3 resolution (3d)");
    }

    @Test
    void anEventFromAnUndeclaredSourceIsAWiringBug() {
        assertThatThrownBy(() -> reducer.apply(new SourceEvent.SourceFailed(SourceId.of("nope"), T0, "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyChangeRaisesTheVersion() {
        long before = reducer.snapshot(T0).version();
        alerts(T0);
        assertThat(reducer.snapshot(T0).version()).isGreaterThan(before);
    }
}
