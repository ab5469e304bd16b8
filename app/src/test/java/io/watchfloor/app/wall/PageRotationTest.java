package io.watchfloor.app.wall;

import static io.watchfloor.app.testing.BoardFixtures.NOW;
import static io.watchfloor.app.testing.BoardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.wall.config.GridLayout;
import io.watchfloor.app.wall.config.PageFilter;
import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.app.wall.config.TileKind;
import io.watchfloor.app.wall.config.TilePlacement;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.Service;
import io.watchfloor.core.ServiceStatus;
import io.watchfloor.core.Severity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rotation, interruption by a critical, hold and resume: hand-built boards and a clock moved by hand. */
class PageRotationTest {
    private final MutableClock clock = new MutableClock(NOW, ZONE);

    static PageSpec page(String name, int dwellSeconds, Set<String> regions, TileKind... kinds) {
        List<TilePlacement> tiles = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            tiles.add(TilePlacement.at(kinds[i], i, 0));
        }
        return new PageSpec(name, Duration.ofSeconds(dwellSeconds), GridLayout.equal(kinds.length, 1), tiles,
                PageFilter.of(regions, Set.of()));
    }

    /** overview (all, 30 s), eu (eu-west services, 20 s), people (acks only, 10 s). */
    private final List<PageSpec> pages = List.of(
            page("overview", 30, Set.of(), TileKind.SLA, TileKind.CLOCK),
            page("eu", 20, Set.of("eu-west"), TileKind.SERVICES),
            page("people", 10, Set.of(), TileKind.ACKS, TileKind.ONCALL));
    private final PageRotation rotation = new PageRotation(pages, clock);

    static BoardBuilder board(Instant now) {
        return new BoardBuilder(now)
                .service(new Service("checkout", "Checkout", "eu-west", Criticality.TIER_1, 0.999, BigDecimal.TEN,
                        "EUR"), ServiceStatus.UP, "ok")
                .service(new Service("inventory", "Inventory", "us-east", Criticality.TIER_1, 0.999, BigDecimal.TEN,
                        "EUR"), ServiceStatus.UP, "ok");
    }

    private void tickAfter(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        rotation.tick(clock.instant());
    }

    @Test
    void eachPageStaysForItsOwnDwellThenTheNextOneShows() {
        rotation.update(board(NOW).build());
        assertThat(rotation.pageProperty().get()).isZero();

        tickAfter(29);
        assertThat(rotation.pageProperty().get()).isZero();
        tickAfter(1);
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        tickAfter(19);
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        tickAfter(1);
        assertThat(rotation.pageProperty().get()).isEqualTo(2);
        tickAfter(10);
        assertThat(rotation.pageProperty().get()).isZero();
    }

    @Test
    void aNewUnacknowledgedCriticalJumpsToTheFirstPageShowingItAndHoldsThere() {
        rotation.update(board(NOW).build());

        clock.advance(Duration.ofSeconds(5));
        rotation.update(board(clock.instant()).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false)
                .build());

        assertThat(rotation.pageProperty().get()).as("the eu page is the first with services or alerts").isEqualTo(1);
        PageRotation.Hold hold = rotation.holdProperty().get().orElseThrow();
        assertThat(hold.alertName()).isEqualTo("CheckoutErrorRate");
        assertThat(hold.service()).isEqualTo("checkout");
        assertThat(hold.since()).isEqualTo(clock.instant());
        tickAfter(600);
        assertThat(rotation.pageProperty().get()).as("held well past every dwell").isEqualTo(1);
    }

    @Test
    void theHoldEndsWhenTheCriticalIsAcknowledgedUpstreamAndRotationResumesWithAFullDwell() {
        BoardState firing = board(NOW).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false).build();
        rotation.update(firing);
        tickAfter(120);
        assertThat(rotation.holdProperty().get()).isPresent();

        rotation.update(withAcknowledgement(firing, "priya"));

        assertThat(rotation.holdProperty().get()).isEmpty();
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        tickAfter(19);
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        tickAfter(1);
        assertThat(rotation.pageProperty().get()).isEqualTo(2);
    }

    @Test
    void silencedOrResolvedReleasesTheHoldToo() {
        BoardState firing = board(NOW).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false).build();
        rotation.update(firing);
        Alert a = firing.alerts().get(0);
        Alert silenced = new Alert(a.source(), a.fingerprint(), a.name(), a.labels(), a.summary(), a.severity(),
                a.service(), a.startsAt(), a.endedAt(), a.state(), List.of("sil-1"), a.acknowledgement());

        rotation.update(withAlerts(firing, List.of(silenced)));
        assertThat(rotation.holdProperty().get()).isEmpty();

        rotation.update(firing);
        assertThat(rotation.holdProperty().get()).as("a silence that lapses holds again").isPresent();
        rotation.update(withAlerts(firing, List.of(a.resolvedAt(NOW.plusSeconds(60)))));
        assertThat(rotation.holdProperty().get()).isEmpty();
    }

    @Test
    void theCurrentPageIsKeptWhenItShowsTheCriticalAlready() {
        PageRotation r = new PageRotation(List.of(page("a", 30, Set.of(), TileKind.CLOCK),
                page("b", 30, Set.of(), TileKind.ALERTS), page("c", 30, Set.of(), TileKind.SERVICES)), clock);
        r.update(board(NOW).build());
        r.jump(2);

        r.update(board(NOW).alert(Severity.CRITICAL, "inventory", "InventoryDown", false).build());

        assertThat(r.pageProperty().get()).isEqualTo(2);
        assertThat(r.holdProperty().get()).isPresent();
    }

    @Test
    void aCriticalThatNoPageShowsAndOtherSeveritiesDoNotHold() {
        PageRotation euOnly = new PageRotation(List.of(page("people", 10, Set.of(), TileKind.ACKS),
                page("eu", 10, Set.of("eu-west"), TileKind.SERVICES)), clock);

        euOnly.update(board(NOW).alert(Severity.CRITICAL, "inventory", "InventoryDown", false)
                .alert(Severity.MAJOR, "checkout", "CheckoutSlow", false)
                .alert(Severity.CRITICAL, "checkout", "CheckoutAcked", true).build());

        assertThat(euOnly.holdProperty().get()).isEmpty();
        assertThat(euOnly.pageProperty().get()).isZero();
    }

    @Test
    void aSecondCriticalHoldsOnceTheFirstIsAcknowledged() {
        PageRotation r = new PageRotation(List.of(page("us", 30, Set.of("us-east"), TileKind.ALERTS),
                page("eu", 30, Set.of("eu-west"), TileKind.ALERTS)), clock);
        BoardState first = board(NOW).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false).build();
        r.update(first);
        assertThat(r.pageProperty().get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        BoardState both = board(clock.instant()).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false)
                .alert(Severity.CRITICAL, "inventory", "InventoryDown", false).build();
        r.update(both);
        assertThat(r.holdProperty().get().orElseThrow().alertName()).isEqualTo("CheckoutErrorRate");
        assertThat(r.pageProperty().get()).isEqualTo(1);
        assertThat(r.waitingCount()).isEqualTo(2);

        r.update(withAcknowledgement(both, "priya", "CheckoutErrorRate"));

        assertThat(r.holdProperty().get().orElseThrow().alertName()).isEqualTo("InventoryDown");
        assertThat(r.pageProperty().get()).isZero();
    }

    @Test
    void criticalsFoundOffTheFxThreadCarryTheRegionAndTheFirstPageShowingEach() {
        BoardState board = board(NOW).alert(Severity.CRITICAL, "inventory", "InventoryDown", false)
                .alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false)
                .alert(Severity.CRITICAL, "checkout", "CheckoutAcked", true)
                .alert(Severity.MAJOR, "checkout", "CheckoutSlow", false).build();
        PageRotation euOnly = new PageRotation(List.of(page("people", 10, Set.of(), TileKind.ACKS),
                page("eu", 10, Set.of("eu-west"), TileKind.SERVICES)), clock);

        List<PageRotation.Critical> found = PageRotation.criticals(board, euOnly.pages());

        assertThat(found).extracting(c -> c.alert().name(), PageRotation.Critical::region, PageRotation.Critical::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CheckoutErrorRate", "eu-west", 1));
        euOnly.update(found);
        assertThat(euOnly.holdProperty().get().orElseThrow().alertName()).isEqualTo("CheckoutErrorRate");
        assertThat(euOnly.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void pagingByHandIsRefusedWhileHeldAndPauseStopsTheRotation() {
        rotation.update(board(NOW).build());
        assertThat(rotation.next()).isTrue();
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        rotation.togglePaused();
        tickAfter(300);
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        assertThat(rotation.previous()).isTrue();
        assertThat(rotation.pageProperty().get()).isZero();
        rotation.togglePaused();

        rotation.update(board(NOW).alert(Severity.CRITICAL, "checkout", "CheckoutErrorRate", false).build());

        assertThat(rotation.pageProperty().get()).isEqualTo(1);
        assertThat(rotation.next()).isFalse();
        assertThat(rotation.jump(0)).isFalse();
        assertThat(rotation.pageProperty().get()).isEqualTo(1);
    }

    static BoardState withAcknowledgement(BoardState b, String by, String... names) {
        List<Alert> alerts = b.alerts().stream().map(a -> names.length > 0 && !List.of(names).contains(a.name()) ? a
                : new Alert(a.source(), a.fingerprint(), a.name(), a.labels(), a.summary(), a.severity(), a.service(),
                        a.startsAt(), a.endedAt(), a.state(), a.silencedBy(),
                        Optional.of(new Acknowledgement(by, b.asOf(), Optional.empty(), "ack-" + a.name()))))
                .toList();
        return withAlerts(b, alerts);
    }

    static BoardState withAlerts(BoardState b, List<Alert> alerts) {
        return new BoardState(b.version() + 1, b.asOf(), b.services(), alerts, b.incidents(), b.sources());
    }
}
