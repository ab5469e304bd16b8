package io.watchfloor.app.console;

import static io.watchfloor.app.console.ConsoleFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.app.testing.BoardBuilder;
import io.watchfloor.app.testing.BoardFixtures;
import io.watchfloor.app.testing.MutableClock;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.TargetRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the console's own record of its actions merges with the board's to make a row's marker. */
class ActionLedgerTest {
    private static final Operator ME = new Operator("m.jansen", Role.LEAD);
    private static final TargetRef TARGET = new TargetRef(BoardBuilder.AM, TargetRef.Type.ALERT, "fp1", "HighLoad");
    private final MutableClock clock = new MutableClock(NOW, BoardFixtures.ZONE);
    private final ActionLedger ledger = new ActionLedger(clock);

    private static OperatorAction.Acknowledge ack(String id, Instant at) {
        return new OperatorAction.Acknowledge(id, ME, TARGET, at, Duration.ofHours(2), Optional.empty());
    }

    private static BoardState board(ActionStatus... actions) {
        BoardState b = BoardFixtures.calm(NOW);
        return new BoardState(b.version(), b.asOf(), b.services(), b.alerts(), b.incidents(), b.sources(),
                List.of(actions));
    }

    private static final ActionOutcome REFUSED = new ActionOutcome.Rejected("409 silence exists", Optional.of(409));

    @Test
    void anActionIsPendingTheMomentItIsTakenBeforeTheBoardListsIt() {
        ledger.pending(ack("a1", NOW));

        RowMarker m = ledger.marker(TARGET.key(), board(), NOW);

        assertThat(m.state()).isEqualTo(RowMarker.State.PENDING);
        assertThat(m.text()).isEqualTo("ack pending");
        assertThat(ledger.pending(TARGET.key(), ActionKind.ACKNOWLEDGE, board())).isTrue();
        assertThat(ledger.pendingCount(board())).isEqualTo(1);
    }

    @Test
    void theAnswerWinsOverABoardThatStillShowsTheActionPending() {
        OperatorAction.Acknowledge a = ack("a1", NOW);
        ledger.pending(a);
        ledger.answered(a, REFUSED);
        BoardState lagging = board(new ActionStatus(a, Optional.empty(), NOW));

        RowMarker m = ledger.marker(TARGET.key(), lagging, NOW);

        assertThat(m.state()).isEqualTo(RowMarker.State.REJECTED);
        assertThat(m.text()).isEqualTo("ack rejected: 409 silence exists");
        assertThat(ledger.pendingCount(lagging)).isZero();
    }

    @Test
    void theBoardsAnswerWinsOverOurStillPendingEntry() {
        OperatorAction.Acknowledge a = ack("a1", NOW);
        ledger.pending(a);
        BoardState answered = board(new ActionStatus(a, Optional.of(REFUSED), NOW.plusSeconds(1)));

        assertThat(ledger.marker(TARGET.key(), answered, NOW).state()).isEqualTo(RowMarker.State.REJECTED);
    }

    @Test
    void theNewestActionOnATargetDecidesTheMarker() {
        OperatorAction.Acknowledge old = ack("a1", NOW.minusSeconds(30));
        BoardState b = board(new ActionStatus(old, Optional.of(REFUSED), NOW.minusSeconds(29)));
        ledger.pending(ack("a2", NOW));

        assertThat(ledger.marker(TARGET.key(), b, NOW).state()).isEqualTo(RowMarker.State.PENDING);
        assertThat(ledger.forTarget(TARGET.key(), b)).extracting(s -> s.action().id()).containsExactly("a2", "a1");
    }

    @Test
    void anAcceptedMarkerFadesAfterAMinuteButARefusalStays() {
        OperatorAction.Acknowledge a = ack("a1", NOW);
        ledger.answered(a, new ActionOutcome.Accepted("silence 7f", Optional.of("7f")));
        assertThat(ledger.marker(TARGET.key(), board(), NOW).state()).isEqualTo(RowMarker.State.ACCEPTED);
        assertThat(ledger.marker(TARGET.key(), board(), NOW.plusSeconds(61))).isEqualTo(RowMarker.NONE);

        OperatorAction.Acknowledge b = ack("a2", NOW.plusSeconds(70));
        clock.set(NOW.plusSeconds(70));
        ledger.answered(b, REFUSED);
        assertThat(ledger.marker(TARGET.key(), board(),
                NOW.plusSeconds(600)).state()).isEqualTo(RowMarker.State.REJECTED);
    }

    @Test
    void answeredEntriesAreForgottenAfterFifteenMinutesAndListenersHearOfIt() {
        int[] calls = {0};
        ledger.addListener(() -> calls[0]++);
        ledger.answered(ack("a1", NOW), REFUSED);
        ledger.pending(ack("a2", NOW));

        ledger.prune(NOW.plus(ActionLedger.KEEP).plusSeconds(1));

        assertThat(ledger.forTarget(TARGET.key(), board())).extracting(s -> s.action().id()).containsExactly("a2");
        assertThat(calls[0]).isEqualTo(3);
    }
}
