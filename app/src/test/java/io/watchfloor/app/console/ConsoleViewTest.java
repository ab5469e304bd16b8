package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static io.watchfloor.app.console.ConsoleFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console in a headless window, driven by the keyboard, with a fake gateway answering on its own thread. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final TestBoardFeed feed = new TestBoardFeed(ConsoleFixtures.nightShift());
    private FakeActionGateway gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);
    private ConsoleView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new ConsoleView(feed, gateway, clock);
        // within Monocle's default 1280x800 headless screen
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
        gateway.close();
    }

    private TableView<ConsoleRow> table(FxRobot robot) {
        return view.table().view();
    }

    private ConsoleRow selected(FxRobot robot) {
        return table(robot).getSelectionModel().getSelectedItem();
    }

    private ConsoleRow row(String key) {
        return view.viewModel().row(key).orElseThrow();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects one row as a click would (the search box's own test types; typing here only costs time). */
    private void select(FxRobot robot, String key) {
        robot.interact(() -> view.table().selectOnly(row(key)));
    }

    @Test
    void cThenAAcknowledgesTheNewestUnacknowledgedCriticalWithNoDialog(FxRobot robot) throws Exception {
        gateway.hold();

        robot.type(KeyCode.C);
        assertThat(selected(robot).key()).isEqualTo("am/fp-sso-1");
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.sheets().isOpen()).isFalse();
        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Acknowledge.class, a -> {
            assertThat(a.target().key()).isEqualTo("am/fp-sso-1");
            assertThat(a.note()).isEmpty();
        });
        ConsoleRow sso = row("am/fp-sso-1");
        assertThat(sso.marker().state()).isEqualTo(RowMarker.State.PENDING);
        assertThat(sso.marker().text()).isEqualTo("ack pending");
        assertThat(status(robot)).startsWith("Sent: acknowledge SsoLoginErrorRate");

        gateway.answerAll();

        waitFor(() -> sso.marker().state() == RowMarker.State.ACCEPTED);
        assertThat(sso.marker().pending()).isFalse();
        assertThat(status(robot)).startsWith("Acknowledge SsoLoginErrorRate \u2014 accepted");
    }

    @Test
    void pressingCAgainWalksToTheNextCriticalAndSkipsOnesBeingAcknowledged(FxRobot robot) {
        gateway.hold();
        robot.type(KeyCode.C).type(KeyCode.A);
        robot.type(KeyCode.C);

        assertThat(selected(robot).key()).isEqualTo("snow/sys-INC0012083");
    }

    @Test
    void escalateByKeysAsksForAReasonAndSendsIt(FxRobot robot) throws Exception {
        select(robot, "snow/sys-INC0012080");
        assertThat(selected(robot).key()).isEqualTo("snow/sys-INC0012080");

        robot.type(KeyCode.E);
        assertThat(robot.lookup("#sheet-escalate").tryQuery()).isPresent();
        robot.write("p99 > 2 s");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.sheets().isOpen()).isFalse();
        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Escalate.class, e -> {
            assertThat(e.target().display()).isEqualTo("INC0012080");
            assertThat(e.reason()).isEqualTo("p99 > 2 s");
            assertThat(e.toTier()).isEqualTo(1);
        });
        waitFor(() -> row("snow/sys-INC0012080").marker().state() == RowMarker.State.ACCEPTED);
    }

    @Test
    void anEscalationWithoutAReasonIsRefusedInTheFormAndEscCancels(FxRobot robot) {
        select(robot, "snow/sys-INC0012080");
        robot.type(KeyCode.E).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.sheets().isOpen()).isTrue();
        assertThat(robot.lookup("#sheet-error").queryAs(Label.class).getText())
                .isEqualTo("An escalation needs a reason.");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.sheets().isOpen()).isFalse();
        assertThat(gateway.submitted()).isEmpty();
    }

    @Test
    void annotateByKeysWritesAnInternalWorkNoteByDefault(FxRobot robot) {
        select(robot, "snow/sys-INC0012066");

        robot.type(KeyCode.N);
        robot.write("No dups");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Annotate.class, n -> {
            assertThat(n.target().display()).isEqualTo("INC0012066");
            assertThat(n.text()).isEqualTo("No dups");
            assertThat(n.customerVisible()).isFalse();
        });
    }

    @Test
    void altVMakesTheNoteACustomerVisibleComment(FxRobot robot) {
        select(robot, "snow/sys-INC0012066");

        robot.type(KeyCode.N);
        robot.write("Fixed");
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Annotate.class,
                n -> assertThat(n.customerVisible()).isTrue());
    }

    @Test
    void tabLeavesTheNoteForTheCheckboxAndSpaceTicksIt(FxRobot robot) {
        select(robot, "snow/sys-INC0012066");

        robot.type(KeyCode.N);
        robot.write("Fixed");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Annotate.class, n -> {
            assertThat(n.text()).isEqualTo("Fixed");
            assertThat(n.customerVisible()).isTrue();
        });
    }

    @Test
    void aRefusalShowsTheUpstreamsReasonAndTheRowIsNoLongerPending(FxRobot robot) throws Exception {
        gateway.answerWith(a -> new ActionOutcome.Rejected("409 a silence for these matchers already exists",
                Optional.of(409)));

        robot.type(KeyCode.C).type(KeyCode.A);

        ConsoleRow sso = row("am/fp-sso-1");
        waitFor(() -> sso.marker().state() == RowMarker.State.REJECTED);
        assertThat(sso.marker().text()).isEqualTo("ack rejected: 409 a silence for these matchers already exists");
        assertThat(status(robot)).isEqualTo(
                "Acknowledge SsoLoginErrorRate \u2014 rejected: 409 a silence for these matchers already exists");
        assertThat(view.notifier().shown()).contains("Refused: acknowledge SsoLoginErrorRate");
        assertThat(view.viewModel().nextCritical(Optional.empty())).as("it needs attention again").contains(sso);
    }

    @Test
    void aViewerHasEveryActionDisabledWithTheReasonAndSendsNothing(FxRobot robot) {
        gateway.close();
        gateway = new FakeActionGateway("watcher", Role.VIEWER, clock);
        robot.interact(() -> {
            view.dispose();
            view = new ConsoleView(feed, gateway, clock);
            stage.setScene(new Scene(view.root(), 1280, 720));
        });

        robot.type(KeyCode.C).type(KeyCode.A).type(KeyCode.E).type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected(robot).key()).isEqualTo("am/fp-sso-1");
        assertThat(gateway.submitted()).isEmpty();
        assertThat(view.sheets().isOpen()).isFalse();
        assertThat(robot.lookup("#action-acknowledge").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#role-note").queryAs(Label.class).getText())
                .isEqualTo("viewer: read only, no actions");
        assertThat(status(robot)).isEqualTo("Silence (S): read only: the viewer role takes no actions");
    }

    @Test
    void slashSearchesAndTheListShowsOnlyWhatMatchesThenEscClears(FxRobot robot) {
        int all = table(robot).getItems().size();

        robot.write("/");
        robot.write("kafka");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).isNotEmpty().allMatch(r -> r.values().service().equals("kafka"));
        assertThat(robot.lookup("#shown-count").queryAs(Label.class).getText())
                .isEqualTo(table(robot).getItems().size() + " of " + all + " shown");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(all);
        assertThat(table(robot).isFocused()).isTrue();
    }

    @Test
    void aSnapshotKeepsTheSelectionAndTheSortAndUpdatesTheRowInPlace(FxRobot robot) {
        ConsoleRow search = row("snow/sys-INC0012080");
        robot.interact(() -> {
            table(robot).getSortOrder().setAll(List.of(table(robot).getColumns().get(4)));
            view.table().selectOnly(search);
        });
        List<String> orderBefore = table(robot).getItems().stream().map(ConsoleRow::key).toList();

        BoardState before = feed.current();
        List<Incident> incidents = new ArrayList<>();
        for (Incident i : before.incidents()) {
            incidents.add(i.number().equals("INC0012080") ? new Incident(i.source(), i.id(), i.number(),
                    "Search latency p99 above 3 s in eu-west", i.service(), i.priority(), i.state(), i.assignee(),
                    i.group(), i.escalationTier(), i.openedAt(), NOW, i.resolvedAt(), i.linkedAlerts(), i.clocks())
                            : i);
        }
        List<Alert> alerts = new ArrayList<>(before.alerts());
        alerts.add(alert("fp-new", "NewWarning", Severity.WARNING, "zzz-service", Duration.ZERO, Optional.empty()));
        feed.publish(new BoardState(before.version() + 1, NOW, before.services(), alerts, incidents, before.sources(),
                before.actions()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selected(robot)).isSameAs(search);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(search);
        assertThat(search.values().title()).isEqualTo("Search latency p99 above 3 s in eu-west");
        assertThat(table(robot).getSortOrder()).containsExactly(table(robot).getColumns().get(4));
        List<String> orderAfter = table(robot).getItems().stream().map(ConsoleRow::key).toList();
        assertThat(orderAfter.subList(0, orderBefore.size())).isEqualTo(orderBefore);
        assertThat(orderAfter.get(orderAfter.size() - 1)).isEqualTo("am/fp-new");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText())
                .isEqualTo("Search latency p99 above 3 s in eu-west");
    }

    @Test
    void aNewCriticalRaisesOneNotificationNotOnePerPulse(FxRobot robot) {
        BoardState before = feed.current();
        List<Alert> alerts = new ArrayList<>(before.alerts());
        alerts.add(alert("fp-dns", "DnsResolutionFailing", Severity.CRITICAL, "dns", Duration.ofSeconds(4),
                Optional.empty()));
        for (int v = 1; v <= 3; v++) {
            feed.publish(new BoardState(before.version() + v, NOW, before.services(), alerts, before.incidents(),
                    before.sources(), before.actions()));
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(view.notifier().shown()).containsOnlyOnce("CRITICAL \u00b7 DnsResolutionFailing");

        robot.interact(() -> view.selectKey("am/fp-dns"));
        assertThat(selected(robot).key()).as("clicking the notification selects the alert").isEqualTo("am/fp-dns");
    }

    @Test
    void jAndKMoveTheSelectionAndShiftExtendsIt(FxRobot robot) {
        robot.interact(() -> view.table().selectOnly(table(robot).getItems().get(0)));

        robot.type(KeyCode.J).type(KeyCode.J);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.type(KeyCode.K);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.press(KeyCode.SHIFT).type(KeyCode.J).release(KeyCode.SHIFT);
        assertThat(table(robot).getSelectionModel().getSelectedIndices()).containsExactly(1, 2);
    }

    @Test
    void theKeyHelpOpensOnQuestionMarkOrF1AndEscClosesIt(FxRobot robot) {
        robot.write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#help").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.sheets().isOpen()).isFalse();

        robot.type(KeyCode.F1);
        assertThat(view.sheets().isOpen()).isTrue();
        robot.type(KeyCode.F1);
        assertThat(view.sheets().isOpen()).isFalse();
    }

    @Test
    void aDisabledButtonSaysWhyAndSoDoesItsKey(FxRobot robot) {
        robot.interact(() -> view.table().selectOnly(row("snow/sys-INC0012071")));

        assertThat(view.viewModel().command(ConsoleCommand.SILENCE).reason())
                .isEqualTo("silence applies to alerts, not incidents");
        assertThat(robot.lookup("#action-silence").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.S);
        assertThat(status(robot)).isEqualTo("Silence (S): silence applies to alerts, not incidents");
    }

    @Test
    void theSlaCountdownInTheDetailFollowsTheClock(FxRobot robot) {
        robot.interact(() -> view.table().selectOnly(row("snow/sys-INC0012074")));
        assertThat(robot.lookup("#clock-remaining-0").queryAs(Label.class).getText()).isEqualTo("00:02:20");

        clock.advance(Duration.ofSeconds(20));
        robot.interact(view::tick);

        assertThat(robot.lookup("#clock-remaining-0").queryAs(Label.class).getText()).isEqualTo("00:02:00");
    }
}
