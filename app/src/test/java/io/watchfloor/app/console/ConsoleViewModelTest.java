package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static io.watchfloor.app.console.ConsoleFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.Acknowledgement;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The console's view model, fed hand-built boards, with no toolkit. */
class ConsoleViewModelTest {
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);

    private ConsoleViewModel vm(BoardState initial, Role role) {
        return new ConsoleViewModel(clock, new ActionRules(role, EscalationMatrix.DEFAULT), new ActionLedger(clock),
                initial);
    }

    private static Alert critical(String fp, Duration ago) {
        return alert(fp, "Crit-" + fp, Severity.CRITICAL, "checkout", ago, Optional.empty());
    }

    @Test
    void aSnapshotUpdatesRowsInPlaceAddsNewOnesAndRemovesGoneOnesWithoutRebuildingTheList() {
        Alert kept = critical("kept", Duration.ofMinutes(5));
        Alert gone = critical("gone", Duration.ofMinutes(4));
        ConsoleViewModel vm = vm(ConsoleFixtures.board(1, List.of(kept, gone), List.of(), List.of()), Role.LEAD);
        ConsoleRow keptRow = vm.row(kept.key()).orElseThrow();
        List<String> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<ConsoleRow>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    changes.add("updated " + c.getList().get(c.getFrom()).key());
                } else {
                    c.getRemoved().forEach(r -> changes.add("removed " + r.key()));
                    c.getAddedSubList().forEach(r -> changes.add("added " + r.key()));
                }
            }
        });

        Alert acked = alert("kept", "Crit-kept", Severity.CRITICAL, "checkout", Duration.ofMinutes(5),
                Optional.of(new Acknowledgement("nightshift", NOW, Optional.empty(), "sil-1")));
        Alert fresh = critical("fresh", Duration.ofSeconds(10));
        vm.update(ConsoleFixtures.board(2, List.of(acked, fresh), List.of(), List.of()));

        assertThat(vm.row(kept.key())).containsSame(keptRow);
        assertThat(keptRow.values().state()).isEqualTo("firing \u00b7 ack'd");
        assertThat(keptRow.values().owner()).isEqualTo("nightshift");
        assertThat(changes).containsExactlyInAnyOrder("updated am/kept", "removed am/gone", "added am/fresh");
    }

    @Test
    void anUnchangedSnapshotChangesNothing() {
        BoardState board = ConsoleFixtures.board(1, List.of(critical("a", Duration.ofMinutes(1))), List.of(),
                List.of());
        ConsoleViewModel vm = vm(board, Role.LEAD);
        List<String> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<ConsoleRow>) c -> changes.add(c.toString()));

        vm.update(BoardFixtures.withVersion(board, 2));

        assertThat(changes).isEmpty();
    }

    @Test
    void theFilterNarrowsTheVisibleRowsAndClearingItShowsAllAgain() {
        ConsoleViewModel vm = vm(BoardFixtures.realistic(NOW), Role.LEAD);
        int all = vm.rows().size();

        vm.filterProperty().set(ConsoleFilter.ALL.withText("kafka"));
        assertThat(vm.visible()).isNotEmpty().allMatch(r -> r.values().service().equals("kafka"));

        vm.filterProperty().set(ConsoleFilter.ALL.withKinds(Set.of(ConsoleRow.Kind.INCIDENT)));
        assertThat(vm.visible()).hasSize(5).allMatch(r -> r.kind() == ConsoleRow.Kind.INCIDENT);

        vm.filterProperty().set(ConsoleFilter.ALL);
        assertThat(vm.visible()).hasSize(all);
    }

    @Test
    void aRowThatStopsMatchingTheFilterLeavesTheVisibleRowsOnTheNextSnapshot() {
        Alert a = critical("a", Duration.ofMinutes(1));
        ConsoleViewModel vm = vm(ConsoleFixtures.board(1, List.of(a), List.of(), List.of()), Role.LEAD);
        vm.filterProperty().set(ConsoleFilter.ALL.withStates(Set.of(StateFacet.UNACKNOWLEDGED)));
        assertThat(vm.visible()).hasSize(1);

        vm.update(ConsoleFixtures.board(2, List.of(alert("a", "Crit-a", Severity.CRITICAL, "checkout",
                Duration.ofMinutes(1), Optional.of(new Acknowledgement("x", NOW, Optional.empty(), "s")))), List.of(),
                List.of()));

        assertThat(vm.visible()).isEmpty();
    }

    @Test
    void nextCriticalStartsAtTheNewestUnacknowledgedOneAndWalksToOlderOnesThenWraps() {
        Alert older = critical("older", Duration.ofMinutes(9));
        Alert newest = critical("newest", Duration.ofSeconds(20));
        Alert middle = critical("middle", Duration.ofMinutes(3));
        Alert acked = alert("acked", "Acked", Severity.CRITICAL, "checkout", Duration.ofSeconds(5),
                Optional.of(new Acknowledgement("x", NOW, Optional.empty(), "s")));
        Alert major = alert("major", "Major", Severity.MAJOR, "checkout", Duration.ofSeconds(1), Optional.empty());
        ConsoleViewModel vm = vm(ConsoleFixtures.board(1, List.of(older, newest, middle, acked, major), List.of(),
                List.of()), Role.LEAD);

        ConsoleRow first = vm.nextCritical(Optional.empty()).orElseThrow();
        ConsoleRow second = vm.nextCritical(Optional.of(first)).orElseThrow();
        ConsoleRow third = vm.nextCritical(Optional.of(second)).orElseThrow();

        assertThat(List.of(first.key(), second.key(), third.key())).containsExactly("am/newest", "am/middle",
                "am/older");
        assertThat(vm.nextCritical(Optional.of(third))).containsSame(first);
        assertThat(vm.nextCritical(vm.row("am/major"))).containsSame(first);
        assertThat(vm.countsProperty().get().unackedCritical()).isEqualTo(3);
    }

    @Test
    void anUnacknowledgedNewP1IncidentCountsAsACriticalToJumpTo() {
        Incident p1 = BoardFixtures.incident("INC1", "down", "checkout", io.watchfloor.core.Priority.P1, NOW);
        Incident fresh = new Incident(p1.source(), p1.id(), p1.number(), p1.title(), p1.service(), p1.priority(),
                io.watchfloor.core.IncidentState.NEW, Optional.empty(), Optional.empty(), 0, NOW.minusSeconds(30),
                NOW, Optional.empty(), List.of(), List.of());
        ConsoleViewModel vm = vm(ConsoleFixtures.board(1, List.of(critical("old", Duration.ofHours(1))), List.of(fresh),
                List.of()), Role.LEAD);

        assertThat(vm.nextCritical(Optional.empty()).map(ConsoleRow::key)).contains(fresh.key());
    }

    @Test
    void criticalsNewOnALaterSnapshotAreReturnedOnceForNotification() {
        ConsoleViewModel vm = vm(ConsoleFixtures.board(1, List.of(critical("a", Duration.ofMinutes(1))), List.of(),
                List.of()), Role.LEAD);

        List<CriticalWatch.Notice> first = vm.update(ConsoleFixtures.board(2, List.of(critical("a",
                Duration.ofMinutes(1)),
                critical("b", Duration.ofSeconds(3))), List.of(), List.of()));
        List<CriticalWatch.Notice> again = vm.update(ConsoleFixtures.board(3, List.of(critical("a",
                Duration.ofMinutes(1)),
                critical("b", Duration.ofSeconds(3))), List.of(), List.of()));

        assertThat(first).extracting(n -> n.alert().key()).containsExactly("am/b");
        assertThat(again).isEmpty();
    }

    @Test
    void commandStatesFollowTheSelectionAndTheRole() {
        BoardState board = BoardFixtures.realistic(NOW);
        ConsoleViewModel lead = vm(board, Role.LEAD);
        ConsoleRow incident = lead.row("snow/sys-INC0012080").orElseThrow();
        assertThat(lead.command(ConsoleCommand.ESCALATE).reason()).isEqualTo("select a row first");

        lead.select(List.of(incident), Optional.of(incident));
        assertThat(lead.command(ConsoleCommand.ESCALATE).enabled()).isTrue();
        assertThat(lead.command(ConsoleCommand.SILENCE).reason()).isEqualTo("silence applies to alerts, not incidents");

        ConsoleViewModel operator = vm(board, Role.OPERATOR);
        ConsoleRow same = operator.row("snow/sys-INC0012080").orElseThrow();
        operator.select(List.of(same), Optional.of(same));
        assertThat(operator.command(ConsoleCommand.ESCALATE).enabled()).isFalse();
        assertThat(operator.command(ConsoleCommand.ESCALATE).reason())
                .isEqualTo("needs the lead role; you are operator");
        assertThat(operator.command(ConsoleCommand.ANNOTATE).enabled()).isTrue();
    }

    @Test
    void theSlaCellAndAgeCountDownWithTheClockOnEachTick() {
        ConsoleViewModel vm = vm(BoardFixtures.realistic(NOW), Role.LEAD);
        ConsoleRow payments = vm.row("snow/sys-INC0012074").orElseThrow();
        assertThat(payments.slaProperty().get().text()).isEqualTo("00:02:20");
        assertThat(payments.slaProperty().get().level()).isEqualTo("warning");

        clock.advance(Duration.ofSeconds(141));
        vm.tick();

        assertThat(payments.slaProperty().get().text()).isEqualTo("BREACHED +00:01");
        assertThat(payments.ageProperty().get()).isEqualTo("1h02m");
        assertThat(vm.countsProperty().get().breachedClocks()).isEqualTo(2);
    }

    @Test
    void theDetailFollowsTheFocusedRowAndItsClocksTick() {
        ConsoleViewModel vm = vm(ConsoleFixtures.nightShift(), Role.LEAD);
        ConsoleRow checkout = vm.row("snow/sys-INC0012071").orElseThrow();

        vm.select(List.of(checkout), Optional.of(checkout));

        Detail d = vm.detail().detail().orElseThrow();
        assertThat(d.ref()).isEqualTo("INC0012071");
        assertThat(vm.detail().clocks()).singleElement().satisfies(c -> assertThat(c.cell().text())
                .isEqualTo("BREACHED +12:07"));
        clock.advance(Duration.ofSeconds(3));
        vm.tick();
        assertThat(vm.detail().clocks().get(0).cell().text()).isEqualTo("BREACHED +12:10");

        vm.select(List.of(), Optional.empty());
        assertThat(vm.detail().detail()).isEmpty();
        assertThat(vm.detail().clocks()).isEmpty();
    }
}
