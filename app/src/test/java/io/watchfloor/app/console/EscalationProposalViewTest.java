package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SlaBoard;
import io.watchfloor.core.escalation.DueEscalation;
import io.watchfloor.core.escalation.EscalationLevel;
import io.watchfloor.core.escalation.EscalationProposal;
import io.watchfloor.core.escalation.EscalationRule;
import io.watchfloor.core.sla.ResponseMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The escalation Watchfloor proposes, in the console: the detail pane shows it with its reason, Shift+E accepts it
 * as the escalate action to the proposal's level, and an upcoming one reads "Escalates at ...".
 */
@ExtendWith(ApplicationExtension.class)
class EscalationProposalViewTest {
    private static final String SSO = "snow/sys-INC0012083";
    private static final String PAYMENTS = "snow/sys-INC0012074";
    private static final EscalationLevel TIER1 = new EscalationLevel(0, "Tier 1", Optional.of("Service Desk"),
            Optional.empty());
    private static final EscalationLevel TIER2 = new EscalationLevel(1, "Tier 2", Optional.of("NOC Tier 2"),
            Optional.empty());
    private static final EscalationLevel LEAD = new EscalationLevel(2, "Shift lead", Optional.of("NOC Shift Leads"),
            Optional.of("Dana Weiss"));

    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final TestBoardFeed feed = new TestBoardFeed(board());
    private final FakeActionGateway gateway = new FakeActionGateway("m.jansen", Role.LEAD, clock);
    private ConsoleView view;

    @Start
    void start(Stage stage) {
        view = new ConsoleView(feed, gateway, clock);
        stage.setScene(new Scene(view.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
        gateway.close();
    }

    /** The night shift with the new P1 due to go straight to the shift lead, and the payments P2 upcoming. */
    static BoardState board() {
        BoardState b = ConsoleFixtures.nightShift();
        Incident sso = b.incidents().stream().filter(i -> i.key().equals(SSO)).findFirst().orElseThrow();
        EscalationProposal due = new EscalationProposal(SSO, sso.number(), TIER1, LEAD,
                "P1 during Black Friday peak goes straight to Shift lead",
                new EscalationRule.OnPriority(Set.of(Priority.P1), 2), Optional.empty(), NOW.minusSeconds(95));
        EscalationProposal upcoming = new EscalationProposal(PAYMENTS, "INC0012074", TIER1, TIER2,
                "P2 resolution SLA at 75% (rule: 75%)", new EscalationRule.SlaPercent(Optional.empty(), 75, 1, Set.of()),
                Optional.empty(), NOW.plus(Duration.ofMinutes(20)));
        SlaBoard sla = new SlaBoard(Map.of(), List.of(DueEscalation.proposed(due)), Map.of(PAYMENTS, upcoming),
                List.of(), new ResponseMetrics(Map.of(), Map.of()), List.of());
        return b.withSla(b.incidents(), sla);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void select(FxRobot robot, String key) {
        robot.interact(() -> view.table().selectOnly(view.viewModel().row(key).orElseThrow()));
    }

    @Test
    void theDetailPaneShowsTheProposalAndShiftEAcceptsItAsTheEscalateAction(FxRobot robot) throws Exception {
        select(robot, SSO);

        assertThat(text(robot, "#detail-escalation"))
                .isEqualTo("Escalate to Shift lead (NOC Shift Leads, on call: Dana Weiss)");
        assertThat(text(robot, "#detail-escalation-reason")).isEqualTo("P1 during Black Friday peak goes straight to Shift lead");
        assertThat(text(robot, "#detail-escalation-note")).isEqualTo("due since 03:12:55 \u00b7 Shift+E escalates "
                + "from Tier 1 to Shift lead with this reason");

        robot.press(KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.sheets().isOpen()).as("no form: the proposal has its reason").isFalse();
        assertThat(gateway.submitted()).singleElement().isInstanceOfSatisfying(OperatorAction.Escalate.class, e -> {
            assertThat(e.target().key()).isEqualTo(SSO);
            assertThat(e.toTier()).isEqualTo(2);
            assertThat(e.toGroup()).contains("NOC Shift Leads");
            assertThat(e.reason()).isEqualTo("P1 during Black Friday peak goes straight to Shift lead");
            assertThat(e.operator().name()).isEqualTo("m.jansen");
        });
    }

    @Test
    void anUpcomingEscalationReadsEscalatesAtAndCannotBeAcceptedYet(FxRobot robot) {
        select(robot, PAYMENTS);

        assertThat(text(robot, "#detail-escalation")).isEqualTo("Escalates at 03:34:30 to Tier 2 (NOC Tier 2)");
        assertThat(view.viewModel().command(ConsoleCommand.ACCEPT_ESCALATION).enabled()).isFalse();
        assertThat(view.viewModel().command(ConsoleCommand.ACCEPT_ESCALATION).reason())
                .isEqualTo("no escalation proposed for INC0012074 (next: Tier 2 if nothing changes)");

        robot.press(KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gateway.submitted()).isEmpty();
    }
}
