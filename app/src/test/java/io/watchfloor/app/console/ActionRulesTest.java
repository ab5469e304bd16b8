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
import io.watchfloor.core.IncidentState;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which commands the console offers for a selection, and the reasons it gives when it does not. */
class ActionRulesTest {
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final ActionLedger ledger = new ActionLedger(clock);
    private final Alert firing = alert("f1", "HighErrors", Severity.CRITICAL, "checkout", Duration.ofMinutes(1),
            Optional.empty());
    private final Alert acked = alert("f2", "DiskFull", Severity.MAJOR, "checkout", Duration.ofMinutes(1),
            Optional.of(new Acknowledgement("nightshift", NOW, Optional.empty(), "sil")));
    private final Incident atTop = withGroup(BoardFixtures.incident("INC9", "top", "checkout", Priority.P2, NOW),
            "Duty Managers");
    private final Incident tierOne = withGroup(BoardFixtures.incident("INC1", "one", "checkout", Priority.P2, NOW),
            "Service Desk");
    private final BoardState board = ConsoleFixtures.board(1, List.of(firing, acked), List.of(atTop, tierOne),
            List.of());
    private final ConsoleRows rows = new ConsoleRows();

    ActionRulesTest() {
        rows.merge(board);
    }

    private static Incident withGroup(Incident i, String group) {
        return new Incident(i.source(), i.id(), i.number(), i.title(), i.service(), i.priority(), i.state(),
                i.assignee(), Optional.of(group), 0, i.openedAt(), i.updatedAt(), i.resolvedAt(), i.linkedAlerts(),
                i.clocks());
    }

    private ConsoleRow row(String key) {
        return rows.row(key).orElseThrow();
    }

    private CommandState check(Role role, ConsoleCommand c, ConsoleRow... selection) {
        return new ActionRules(role, EscalationMatrix.DEFAULT).check(c, List.of(selection), board, ledger);
    }

    @Test
    void aViewerMayTakeNoActionAndIsToldSo() {
        for (ConsoleCommand c : ActionBar.ACTIONS) {
            CommandState s = check(Role.VIEWER, c, row(firing.key()));
            assertThat(s.enabled()).as(c.name()).isFalse();
            assertThat(s.reason()).isEqualTo("read only: the viewer role takes no actions");
        }
        assertThat(check(Role.VIEWER, ConsoleCommand.NEXT_CRITICAL).enabled()).isTrue();
    }

    @Test
    void anOperatorAcknowledgesAnnotatesAssignsAndSilencesButNeedsALeadToEscalateOrResolve() {
        assertThat(check(Role.OPERATOR, ConsoleCommand.ACKNOWLEDGE, row(firing.key())).enabled()).isTrue();
        assertThat(check(Role.OPERATOR, ConsoleCommand.SILENCE, row(firing.key())).enabled()).isTrue();
        assertThat(check(Role.OPERATOR, ConsoleCommand.ANNOTATE, row(tierOne.key())).enabled()).isTrue();
        assertThat(check(Role.OPERATOR, ConsoleCommand.ASSIGN, row(tierOne.key())).enabled()).isTrue();
        assertThat(check(Role.OPERATOR, ConsoleCommand.ESCALATE, row(tierOne.key())).reason())
                .isEqualTo("needs the lead role; you are operator");
        assertThat(check(Role.OPERATOR, ConsoleCommand.RESOLVE, row(tierOne.key())).reason())
                .isEqualTo("needs the lead role; you are operator");
        assertThat(check(Role.LEAD, ConsoleCommand.RESOLVE, row(tierOne.key())).enabled()).isTrue();
    }

    @Test
    void eachCommandSaysWhyItDoesNotApplyToARow() {
        assertThat(check(Role.LEAD, ConsoleCommand.ACKNOWLEDGE, row(acked.key())).reason())
                .isEqualTo("already acknowledged by nightshift");
        assertThat(check(Role.LEAD, ConsoleCommand.UNACKNOWLEDGE, row(firing.key())).reason())
                .isEqualTo("the alert is not acknowledged");
        assertThat(check(Role.LEAD, ConsoleCommand.ESCALATE, row(firing.key())).reason())
                .isEqualTo("escalate applies to incidents, not alerts");
        assertThat(check(Role.LEAD, ConsoleCommand.ESCALATE, row(atTop.key())).reason())
                .isEqualTo("already at the top tier (Duty manager)");
        assertThat(check(Role.LEAD, ConsoleCommand.ANNOTATE,
                row(firing.key())).reason()).startsWith("Alertmanager alerts");
        assertThat(check(Role.LEAD, ConsoleCommand.ACKNOWLEDGE, row(tierOne.key())).reason())
                .isEqualTo("already acknowledged by j.devries");
        assertThat(check(Role.LEAD, ConsoleCommand.ANNOTATE).reason()).isEqualTo("select a row first");
    }

    @Test
    void aBulkCommandActsOnTheRowsItAppliesToAndSkipsTheRest() {
        CommandState s = check(Role.LEAD, ConsoleCommand.ACKNOWLEDGE, row(firing.key()), row(acked.key()),
                row(tierOne.key()));
        assertThat(s.enabled()).isTrue();
        assertThat(s.targets()).extracting(ConsoleRow::key).containsExactly(firing.key());

        CommandState none = check(Role.LEAD, ConsoleCommand.ESCALATE, row(firing.key()), row(atTop.key()));
        assertThat(none.enabled()).isFalse();
        assertThat(none.reason()).isEqualTo("none of the 2 selected rows: escalate applies to incidents, not alerts");
    }

    @Test
    void aCommandAlreadyPendingOnARowIsNotOfferedAgain() {
        ledger.pending(new io.watchfloor.engine.action.ActionRequests(new io.watchfloor.core.Operator("me", Role.LEAD),
                clock, EscalationMatrix.DEFAULT, Duration.ofHours(1)).acknowledge(row(firing.key()).target(),
                Optional.empty()));

        assertThat(check(Role.LEAD, ConsoleCommand.ACKNOWLEDGE,
                row(firing.key())).reason()).isEqualTo("ack already pending");
    }

    @Test
    void creatingAnIncidentNeedsOneAlertAndADeskOnTheBoard() {
        assertThat(check(Role.OPERATOR, ConsoleCommand.CREATE_INCIDENT, row(firing.key())).enabled()).isTrue();
        assertThat(check(Role.OPERATOR, ConsoleCommand.CREATE_INCIDENT, row(firing.key()), row(acked.key())).reason())
                .isEqualTo("one alert at a time");
        assertThat(ActionRules.desk(board)).map(Object::toString).contains("snow");
        BoardState noDesk = new BoardState(2, NOW, List.of(), board.alerts(), List.of(), List.of());
        assertThat(new ActionRules(Role.LEAD, EscalationMatrix.DEFAULT).check(ConsoleCommand.CREATE_INCIDENT,
                List.of(row(firing.key())), noDesk, ledger).reason()).isEqualTo("no ServiceNow desk among the sources");
    }

    @Test
    void aResolvedIncidentCannotBeResolvedOrEscalatedAgain() {
        Incident resolved = new Incident(tierOne.source(), "sys-R", "INC7", "gone", "checkout", Priority.P3,
                IncidentState.RESOLVED, Optional.empty(), Optional.empty(), 0, NOW, NOW, Optional.of(NOW), List.of(),
                List.of());
        ConsoleRows r = new ConsoleRows();
        BoardState b = ConsoleFixtures.board(2, List.of(), List.of(resolved), List.of());
        r.merge(b);
        CommandState s = new ActionRules(Role.LEAD, EscalationMatrix.DEFAULT).check(ConsoleCommand.RESOLVE,
                List.of(r.row(resolved.key()).orElseThrow()), b, ledger);
        assertThat(s.reason()).isEqualTo("INC7 is resolved");
    }
}
