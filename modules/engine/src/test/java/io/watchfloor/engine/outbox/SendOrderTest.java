package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.BoardState;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendOrderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final SourceId AM = SourceId.of("am");
    private static final Operator OP = new Operator("priya", Role.LEAD);
    private static final String SELF = "host/1/self";
    private final BoardState read = board(SourceHealth.pending(AM, SourceKind.ALERTMANAGER, "x", Duration.ofSeconds(30))
            .succeeded(NOW.minusSeconds(5)));

    private static BoardState board(SourceHealth h) {
        return new BoardState(1, NOW, List.of(), List.of(), List.of(), List.of(h));
    }

    private static OperatorAction ack(String target) {
        return new OperatorAction.Acknowledge(OperatorAction.newId(), OP, new TargetRef(AM, TargetRef.Type.ALERT, target, target),
                NOW.minusSeconds(60), Duration.ofHours(1), Optional.empty());
    }

    private static OutboxEntry queued(OperatorAction a, Instant enqueuedAt, Instant next) {
        return new OutboxEntry(a, next.equals(enqueuedAt) ? OutboxState.QUEUED : OutboxState.RETRYING, 0, enqueuedAt, next,
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static OutboxEntry sending(OperatorAction a, String owner, Instant leaseUntil) {
        return new OutboxEntry(a, OutboxState.SENDING, 1, NOW.minusSeconds(60), NOW.minusSeconds(60), Optional.of(NOW),
                Optional.empty(), false, Optional.of(owner), Optional.of(leaseUntil), Optional.empty(), Optional.empty());
    }

    /** Rules with everything ours, nothing in flight, every source writable, and these owners dead. */
    private static SendOrder.Rules rules(Set<String> dead, Set<String> inFlight, boolean ours) {
        return new SendOrder.Rules() {
            @Override
            public boolean ours(OutboxEntry e) {
                return ours;
            }

            @Override
            public boolean inFlight(String actionId) {
                return inFlight.contains(actionId);
            }

            @Override
            public boolean canSend(OutboxEntry e) {
                return true;
            }

            @Override
            public boolean deadOwner(String owner) {
                return dead.contains(owner);
            }
        };
    }

    private SendOrder.Plan plan(List<OutboxEntry> open, SendOrder.Rules rules, int room) {
        return SendOrder.plan(open, NOW, false, read, SELF, rules, room);
    }

    @Test
    void onlyTheOldestEntryOfATargetIsSentAndOnlyWhenNothingOfItIsInFlight() {
        OutboxEntry first = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        OutboxEntry second = queued(ack("a1"), NOW.minusSeconds(8), NOW.minusSeconds(8));
        OutboxEntry other = queued(ack("a2"), NOW.minusSeconds(7), NOW.minusSeconds(7));

        SendOrder.Plan plan = plan(List.of(first, second, other), rules(Set.of(), Set.of(), true), 10);
        assertThat(plan.send()).containsExactly(first, other);
        assertThat(plan.followed()).containsExactly("am/a1");

        SendOrder.Plan whileFirstIsOut = plan(List.of(first, second, other), rules(Set.of(), Set.of(first.actionId()), true), 10);
        assertThat(whileFirstIsOut.send()).containsExactly(other);
    }

    @Test
    void aHeadInBackoffHoldsItsFollowersAndSaysWhenToLookAgain() {
        OutboxEntry retrying = queued(ack("a1"), NOW.minusSeconds(9), NOW.plusSeconds(30));
        OutboxEntry behind = queued(ack("a1"), NOW.minusSeconds(8), NOW.minusSeconds(8));

        SendOrder.Plan plan = plan(List.of(retrying, behind), rules(Set.of(), Set.of(), true), 10);

        assertThat(plan.send()).isEmpty();
        assertThat(plan.quietUntil()).isEqualTo(NOW.plusSeconds(30));
        assertThat(SendOrder.plan(List.of(retrying, behind), NOW, true, read, SELF, rules(Set.of(), Set.of(), true), 10).send())
                .as("sync ignores the backoff, not the order").containsExactly(retrying);
    }

    @Test
    void anotherProcesssFreshEntryWaitsForTheOrphanDelayUnlessSyncAsksForIt() {
        OutboxEntry fresh = queued(ack("a1"), NOW.minusSeconds(3), NOW.minusSeconds(3));

        SendOrder.Plan plan = plan(List.of(fresh), rules(Set.of(), Set.of(), false), 10);

        assertThat(plan.send()).isEmpty();
        assertThat(plan.quietUntil()).isEqualTo(NOW.minusSeconds(3).plus(OutboxDispatcher.ORPHAN_AFTER));
        assertThat(plan(List.of(queued(ack("a1"), NOW.minusSeconds(11), NOW.minusSeconds(11))), rules(Set.of(), Set.of(), false),
                10).send()).hasSize(1);
    }

    @Test
    void aDeadSendersEntryIsTakenOverAtOnceAndALiveSendersLeaseIsRespected() {
        OutboxEntry dead = sending(ack("a1"), "host/999/gone", NOW.plusSeconds(50));
        OutboxEntry live = sending(ack("a2"), "host/2/alive", NOW.plusSeconds(40));
        OutboxEntry expired = sending(ack("a3"), "host/2/alive", NOW.minusSeconds(1));

        SendOrder.Plan plan = plan(List.of(dead, live, expired), rules(Set.of("host/999/gone"), Set.of(), false), 10);

        assertThat(plan.takeOver()).containsExactly(dead);
        assertThat(plan.send()).containsExactly(dead, expired);
        assertThat(plan.quietUntil()).isEqualTo(NOW.plusSeconds(40));
    }

    @Test
    void nothingIsSentToASourceThisRunHasNotReadYet() {
        BoardState unread = board(SourceHealth.pending(AM, SourceKind.ALERTMANAGER, "x", Duration.ofSeconds(30)));
        OutboxEntry e = queued(ack("a1"), NOW.minusSeconds(60), NOW.minusSeconds(60));

        SendOrder.Plan plan = SendOrder.plan(List.of(e), NOW, false, unread, SELF, rules(Set.of(), Set.of(), true), 10);

        assertThat(plan.send()).isEmpty();
        assertThat(plan.quietUntil()).as("look again at the next tick").isEqualTo(NOW);
        BoardState failing = board(SourceHealth.pending(AM, SourceKind.ALERTMANAGER, "x", Duration.ofSeconds(30))
                .failed(NOW, "connection refused"));
        assertThat(SendOrder.plan(List.of(e), NOW, false, failing, SELF, rules(Set.of(), Set.of(), true), 10).send())
                .as("a failed read is a read: the send fails and is retried with backoff").containsExactly(e);
    }

    @Test
    void noMoreThanTheLanesHaveRoomFor() {
        OutboxEntry a = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        OutboxEntry b = queued(ack("a2"), NOW.minusSeconds(8), NOW.minusSeconds(8));

        SendOrder.Plan plan = plan(List.of(a, b), rules(Set.of(), Set.of(), true), 1);

        assertThat(plan.send()).containsExactly(a);
        assertThat(plan.quietUntil()).isEqualTo(NOW);
    }

    @Test
    void aPlanKeepsEachFollowedTargetsQueueHeadFirst() {
        OutboxEntry first = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        OutboxEntry other = queued(ack("a2"), NOW.minusSeconds(8), NOW.minusSeconds(8));
        OutboxEntry second = queued(ack("a1"), NOW.minusSeconds(7), NOW.minusSeconds(7));

        SendOrder.Plan plan = plan(List.of(first, other, second), rules(Set.of(), Set.of(), true), 10);

        assertThat(plan.followed()).containsOnly("am/a1");
        assertThat(plan.behind()).containsOnlyKeys(first.actionId());
        assertThat(plan.behind().get(first.actionId())).isEqualTo(second);
    }

    @Test
    void theEntryBehindAnAnsweredHeadIsNextWhenItMaySendNow() {
        OutboxEntry first = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        OutboxEntry second = queued(ack("a1"), NOW.minusSeconds(8), NOW.minusSeconds(8));
        OutboxEntry third = queued(ack("a1"), NOW.minusSeconds(7), NOW.minusSeconds(7));
        Map<String, OutboxEntry> queue = plan(List.of(first, second, third), rules(Set.of(), Set.of(), true), 10).behind();
        SendOrder.Rules none = rules(Set.of(), Set.of(), true);

        assertThat(SendOrder.next(first, queue, NOW, read, none)).contains(second);
        assertThat(SendOrder.next(second, queue, NOW, read, none)).contains(third);
        assertThat(SendOrder.next(third, queue, NOW, read, none)).as("nothing behind the last").isEmpty();
    }

    @Test
    void nothingIsNextForAnEntryANewerPassNoLongerListsNorForOneThatMustWait() {
        OutboxEntry answered = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        OutboxEntry second = queued(ack("a1"), NOW.minusSeconds(8), NOW.minusSeconds(8));
        OutboxEntry third = queued(ack("a1"), NOW.minusSeconds(7), NOW.minusSeconds(7));
        OutboxEntry backingOff = queued(ack("a1"), NOW.minusSeconds(8), NOW.plusSeconds(5));
        SendOrder.Rules none = rules(Set.of(), Set.of(), true);

        assertThat(SendOrder.next(answered, behind(second, third), NOW, read, none))
                .as("a newer pass made the second the head: it decides").isEmpty();
        assertThat(SendOrder.next(answered, behind(answered, backingOff), NOW, read, none)).as("its backoff runs")
                .isEmpty();
        assertThat(SendOrder.next(answered, behind(answered, second), NOW, read,
                rules(Set.of(), Set.of(second.actionId()), true))).as("on a lane already").isEmpty();
        assertThat(SendOrder.next(answered, behind(answered, second), NOW, read, rules(Set.of(), Set.of(), false)))
                .as("another process queued it a few seconds ago: left to it").isEmpty();
    }

    /** What a pass that read these entries of one target, oldest first, lists behind each. */
    private Map<String, OutboxEntry> behind(OutboxEntry... inOrder) {
        return plan(List.of(inOrder), rules(Set.of(), Set.of(), true), 10).behind();
    }

    @Test
    void theNextEntryOfALongQueueIsFoundByLookupInOrder() {
        List<OutboxEntry> queue = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            queue.add(queued(ack("a1"), NOW.minusSeconds(10_000 - i), NOW.minusSeconds(10_000 - i)));
        }
        Map<String, OutboxEntry> behind = behind(queue.toArray(OutboxEntry[]::new));
        SendOrder.Rules none = rules(Set.of(), Set.of(), true);

        assertThat(behind).hasSize(4_999);
        for (int i = 0; i < queue.size() - 1; i++) {
            assertThat(SendOrder.next(queue.get(i), behind, NOW, read, none)).contains(queue.get(i + 1));
        }
        assertThat(SendOrder.next(queue.get(queue.size() - 1), behind, NOW, read, none)).isEmpty();
    }

    @Test
    void nothingIsSentOnTheEmptyBoardAnEngineHoldsBeforeItsFirstPublish() {
        OutboxEntry e = queued(ack("a1"), NOW.minusSeconds(9), NOW.minusSeconds(9));
        SendOrder.Rules none = rules(Set.of(), Set.of(), true);

        SendOrder.Plan plan = SendOrder.plan(List.of(e), NOW, false, BoardState.empty(NOW), SELF, none, 10);

        assertThat(plan.send()).isEmpty();
        assertThat(plan.quietUntil()).as("looked at again at the next tick").isEqualTo(NOW);
        assertThat(SendOrder.plan(List.of(e), NOW, false, read, SELF, none, 10).send()).containsExactly(e);
    }
}
