package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.TargetRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the detail pane says about an incident and an alert. */
class DetailTest {
    private final BoardState board = ConsoleFixtures.nightShift();
    private final ActionLedger ledger = new ActionLedger(java.time.Clock.fixed(NOW, BoardFixtures.ZONE));
    private final Detail.DetailContext cx = new Detail.DetailContext(board, EscalationMatrix.DEFAULT, ledger, NOW,
            BoardFixtures.ZONE);

    private Incident incident(String number) {
        return board.incidents().stream().filter(i -> i.number().equals(number)).findFirst().orElseThrow();
    }

    private static String field(Detail d, String name) {
        return d.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().value();
    }

    @Test
    void anIncidentShowsItsHeaderFieldsAndTheTierOfTheMatrix() {
        Detail d = Detail.of(incident("INC0012071"), cx);

        assertThat(d.ref()).isEqualTo("INC0012071");
        assertThat(d.state()).isEqualTo("In Progress");
        assertThat(d.urgency().label()).isEqualTo("P1");
        assertThat(field(d, "Assignee")).isEqualTo("j.devries");
        assertThat(field(d, "Group")).isEqualTo("NOC Tier 2");
        assertThat(field(d, "Escalation")).isEqualTo("Tier 2 (NOC Tier 2) \u00b7 next: Shift lead (NOC Shift Leads)");
        assertThat(field(d, "Acknowledged")).isEqualTo("j.devries at 02:17:50");
        assertThat(field(d, "Opened")).isEqualTo("02:14:30");
    }

    @Test
    void theTimelineMergesTheDeskHistoryWithOurActionsNewestFirst() {
        Incident i = incident("INC0012071");
        OperatorAction.Annotate note = new OperatorAction.Annotate("n1", new Operator("m.jansen", Role.LEAD),
                TargetRef.of(i), NOW.minusSeconds(5), "Bridge call at 03:20", false);
        ledger.answered(note, new ActionOutcome.Accepted("work note added", Optional.empty()));

        Detail d = Detail.of(i, cx);

        assertThat(d.timeline()).first().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("console note");
            assertThat(l.who()).isEqualTo("m.jansen");
            assertThat(l.text()).isEqualTo("work note: Bridge call at 03:20 \u2014 accepted: work note added");
            assertThat(l.style()).isEqualTo("ours-accepted");
        });
        assertThat(d.timeline()).extracting(Detail.Line::kind).containsSubsequence("console note", "work note",
                "comment", "work note", "state", "assigned", "opened");
        assertThat(d.timeline()).extracting(Detail.Line::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aRefusedActionOfTheBoardShowsItsReasonInTheTimeline() {
        Detail d = Detail.of(incident("INC0012077"), cx);

        assertThat(d.timeline()).anySatisfy(l -> {
            assertThat(l.style()).isEqualTo("ours-rejected");
            assertThat(l.text()).isEqualTo("escalate to Tier 2 (NOC Tier 2): Vendor push backlog keeps growing \u2014 "
                    + "rejected: 403 Data policy: assignment group requires a work note");
        });
    }

    @Test
    void linkedAlertsResolveToTheAlertsOnTheBoard() {
        Detail d = Detail.of(incident("INC0012071"), cx);

        assertThat(d.linksTitle()).isEqualTo("Linked alerts");
        assertThat(d.links()).extracting(Detail.Link::label).containsExactlyInAnyOrder(
                "CheckoutErrorRate \u00b7 CheckoutErrorRate on checkout",
                "CheckoutLatencyP99 \u00b7 CheckoutLatencyP99 on checkout");
        assertThat(d.links()).allMatch(Detail.Link::onBoard);
    }

    @Test
    void anAlertShowsLabelsAcknowledgementAndTheIncidentsLinkingIt() {
        Alert latency = board.alerts().stream().filter(a
                -> a.name().equals("CheckoutLatencyP99")).findFirst().orElseThrow();

        Detail d = Detail.of(latency, cx);

        assertThat(d.kind()).isEqualTo(ConsoleRow.Kind.ALERT);
        assertThat(d.labels()).containsExactly("alertname=CheckoutLatencyP99", "service=checkout", "severity=critical");
        assertThat(field(d, "Acknowledged")).isEqualTo("nightshift at 03:12:30");
        assertThat(d.links()).extracting(Detail.Link::label)
                .containsExactly("INC0012071 \u00b7 Checkout returns HTTP 502 for all card payments");
        assertThat(d.timeline()).extracting(Detail.Line::kind).containsExactly("acknowledged", "firing");
    }
}
