package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.core.BoardState;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the search box and the filters let through. */
class ConsoleFilterTest {
    private final BoardState board = BoardFixtures.realistic(NOW);
    private final List<ConsoleRow> rows = rows(board);

    private static List<ConsoleRow> rows(BoardState board) {
        ConsoleRows r = new ConsoleRows();
        r.merge(board);
        return List.copyOf(r.list());
    }

    private List<String> refs(ConsoleFilter f) {
        return rows.stream().filter(f).map(r -> r.values().ref()).toList();
    }

    @Test
    void searchMatchesNumberNameServiceSummaryAndAssigneeCaseInsensitively() {
        assertThat(refs(ConsoleFilter.ALL.withText("inc0012074"))).containsExactly("INC0012074");
        assertThat(refs(ConsoleFilter.ALL.withText("CheckoutErrorRate"))).containsExactly("CheckoutErrorRate");
        assertThat(refs(ConsoleFilter.ALL.withText("receipts printing"))).containsExactly("INC0012066");
        assertThat(refs(ConsoleFilter.ALL.withText("J.DEVRIES"))).hasSize(5);
        assertThat(refs(ConsoleFilter.ALL.withText("store-pos"))).containsExactly("INC0012066");
    }

    @Test
    void everySearchWordMustMatch() {
        assertThat(refs(ConsoleFilter.ALL.withText("checkout latency"))).containsExactly("CheckoutLatencyP99");
        assertThat(refs(ConsoleFilter.ALL.withText("checkout nosuchword"))).isEmpty();
    }

    @Test
    void searchMatchesLabelsAndFingerprints() {
        assertThat(refs(ConsoleFilter.ALL.withText("severity=critical"))).hasSize(3);
        assertThat(refs(ConsoleFilter.ALL.withText("fp-1-PaymentsProbeFailing")))
                .containsExactly("PaymentsProbeFailing");
    }

    @Test
    void levelsMatchSeverityAndPriorityOnOneScale() {
        assertThat(refs(ConsoleFilter.ALL.withLevels(Set.of(0))))
                .containsExactlyInAnyOrder("INC0012071", "INC0012074", "CheckoutErrorRate", "PaymentsProbeFailing",
                        "CheckoutLatencyP99");
    }

    @Test
    void kindsServicesAndSourcesNarrowTogether() {
        ConsoleFilter f = ConsoleFilter.ALL.withKinds(Set.of(ConsoleRow.Kind.ALERT)).withServices(Set.of("checkout"))
                .withSources(Set.of("am"));
        assertThat(refs(f)).containsExactlyInAnyOrder("CheckoutErrorRate", "CheckoutLatencyP99");
        assertThat(refs(f.withSources(Set.of("snow")))).isEmpty();
    }

    @Test
    void stateFacetsOrWithinAGroupAndAndAcrossGroups() {
        ConsoleFilter firingUnacked = ConsoleFilter.ALL.withStates(Set.of(StateFacet.FIRING,
                StateFacet.UNACKNOWLEDGED));
        assertThat(rows.stream().filter(firingUnacked))
                .allMatch(r -> r.kind() == ConsoleRow.Kind.ALERT
                        && r.alert().orElseThrow().acknowledgement().isEmpty());
        ConsoleFilter inProgressOrFiring = ConsoleFilter.ALL.withStates(Set.of(StateFacet.FIRING,
                StateFacet.IN_PROGRESS));
        assertThat(rows.stream().filter(inProgressOrFiring)).hasSize(rows.size());
        ConsoleFilter newOnly = ConsoleFilter.ALL.withStates(Set.of(StateFacet.NEW));
        assertThat(refs(newOnly)).isEmpty();
    }

    @Test
    void theEmptyFilterShowsAllAndSaysSo() {
        assertThat(ConsoleFilter.ALL.showsAll()).isTrue();
        assertThat(refs(ConsoleFilter.ALL)).hasSize(rows.size());
        assertThat(ConsoleFilter.ALL.withText("  ").showsAll()).isTrue();
        assertThat(ConsoleFilter.ALL.withText("x").showsAll()).isFalse();
    }
}
