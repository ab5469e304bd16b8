package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.OperatorAction;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    @TempDir
    Path dir;
    private LocalDatabase db;
    private OutboxStore outbox;

    @BeforeEach
    void open() throws StoreException {
        db = LocalDatabase.open(dir);
        outbox = db.outbox();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anAppendedActionIsQueuedAndDueAtOnce() throws StoreException {
        OperatorAction note = Samples.note("n-1", T0);
        OutboxEntry entry = outbox.append(note, T0.plusSeconds(1));

        assertThat(entry.state()).isEqualTo(OutboxState.QUEUED);
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(outbox.find("n-1")).contains(entry);
        assertThat(outbox.due(T0.plusSeconds(1), 10)).containsExactly(entry);
        assertThat(outbox.due(T0, 10)).as("not due before it was appended").isEmpty();
        assertThat(outbox.openCount()).isOne();
    }

    @Test
    void everyKindOfActionComesBackEqualAfterReopening() throws StoreException {
        List<OperatorAction> actions = Samples.everyAction("k");
        for (OperatorAction a : actions) {
            outbox.append(a, T0);
        }
        db.close();
        db = LocalDatabase.open(dir);

        assertThat(db.outbox().open()).extracting(OutboxEntry::action).containsExactlyElementsOf(actions);
    }

    @Test
    void appendingTheSameIdAgainKeepsTheFirstEntry() throws StoreException {
        OutboxEntry first = outbox.append(Samples.note("n-1", T0), T0);
        assertThat(outbox.claim("n-1", "wall", T0, T0.plus(LEASE))).isTrue();

        OutboxEntry again = outbox.append(Samples.note("n-1", T0.plusSeconds(5)), T0.plusSeconds(5));

        assertThat(again.state()).isEqualTo(OutboxState.SENDING);
        assertThat(again.enqueuedAt()).isEqualTo(first.enqueuedAt());
        assertThat(again.action()).isEqualTo(first.action());
        assertThat(outbox.recent(10)).hasSize(1);
    }

    @Test
    void aClaimTakesTheEntryOnceAndCountsTheAttempt() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);

        assertThat(outbox.claim("n-1", "wall", T0, T0.plus(LEASE))).isTrue();
        assertThat(outbox.claim("n-1", "console", T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE))).isFalse();

        OutboxEntry e = outbox.find("n-1").orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxState.SENDING);
        assertThat(e.attempts()).isOne();
        assertThat(e.owner()).contains("wall");
        assertThat(e.leaseUntil()).contains(T0.plus(LEASE));
        assertThat(e.lastAttemptAt()).contains(T0);
        assertThat(e.outcomeUnknown()).isFalse();
        assertThat(outbox.due(T0.plusSeconds(1), 10)).as("a live lease hides it").isEmpty();
        assertThat(outbox.claim("missing", "wall", T0, T0.plus(LEASE))).isFalse();
    }

    @Test
    void aClaimSaysWhetherItIsTheEntrysFirstTry() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        outbox.append(Samples.note("n-2", T0), T0);
        outbox.append(Samples.note("n-3", T0), T0);
        outbox.claim("n-2", "wall", T0, T0.plus(LEASE));
        outbox.retryLater("n-2", T0, "503", false);
        outbox.claim("n-3", "wall", T0, T0.plusSeconds(1));
        Instant later = T0.plusSeconds(2);

        List<OutboxClaim> claims = outbox.claimEach(List.of("n-1", "n-2", "n-3", "missing"), "console", later,
                later.plus(LEASE));

        assertThat(claims).containsExactly(new OutboxClaim("n-1", true),
                new OutboxClaim("n-2", false), new OutboxClaim("n-3", false));
        assertThat(outbox.claimEach(List.of("n-1"), "wall", later, later.plus(LEASE))).as("held by console").isEmpty();
    }

    @Test
    void anExpiredLeaseLetsAnotherClaimItWithTheOutcomeUnknown() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        outbox.claim("n-1", "wall", T0, T0.plus(LEASE));
        Instant later = T0.plus(LEASE);

        assertThat(outbox.due(later, 10)).extracting(OutboxEntry::actionId).containsExactly("n-1");
        assertThat(outbox.claim("n-1", "console", later, later.plus(LEASE))).isTrue();

        OutboxEntry e = outbox.find("n-1").orElseThrow();
        assertThat(e.owner()).contains("console");
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.outcomeUnknown()).as("the first sender may have sent it").isTrue();
    }

    @Test
    void aRetryWaitsReleasesTheLeaseAndNeverForgetsAnUnknownOutcome() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        outbox.claim("n-1", "wall", T0, T0.plus(LEASE));
        outbox.retryLater("n-1", T0.plusSeconds(10), "read timeout", true);

        OutboxEntry e = outbox.find("n-1").orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxState.RETRYING);
        assertThat(e.owner()).isEmpty();
        assertThat(e.leaseUntil()).isEmpty();
        assertThat(e.lastError()).contains("read timeout");
        assertThat(outbox.due(T0.plusSeconds(9), 10)).isEmpty();
        assertThat(outbox.claim("n-1", "wall", T0.plusSeconds(9), T0.plusSeconds(9).plus(LEASE))).isFalse();

        assertThat(outbox.claim("n-1", "wall", T0.plusSeconds(10), T0.plusSeconds(10).plus(LEASE))).isTrue();
        outbox.retryLater("n-1", T0.plusSeconds(30), "503", false);
        assertThat(outbox.find("n-1").orElseThrow().outcomeUnknown()).isTrue();
        assertThat(outbox.find("n-1").orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aFinalAnswerClosesTheEntryWithItsSummary() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        outbox.append(Samples.note("n-2", T0), T0);
        outbox.claim("n-1", "wall", T0, T0.plus(LEASE));
        outbox.claim("n-2", "wall", T0, T0.plus(LEASE));

        outbox.finish("n-1", new ActionOutcome.Accepted("work note added", Optional.empty()), T0.plusSeconds(2));
        outbox.finish("n-2", new ActionOutcome.Rejected("INC0010044 was resolved upstream", Optional.of(409)),
                T0.plusSeconds(3));

        OutboxEntry accepted = outbox.find("n-1").orElseThrow();
        assertThat(accepted.state()).isEqualTo(OutboxState.ACCEPTED);
        assertThat(accepted.finalReply()).contains("accepted: work note added");
        assertThat(accepted.finishedAt()).contains(T0.plusSeconds(2));
        assertThat(accepted.owner()).isEmpty();
        assertThat(outbox.find("n-2").orElseThrow().state()).isEqualTo(OutboxState.REJECTED);
        assertThat(outbox.find("n-2").orElseThrow().finalReply()).contains("rejected: INC0010044 was resolved upstream");
        assertThat(outbox.openCount()).isZero();
        assertThat(outbox.due(T0.plus(Duration.ofDays(1)), 10)).isEmpty();
    }

    @Test
    void claimAllTakesWhatACorrespondingClaimWouldAndSaysWhich() throws StoreException {
        for (String id : List.of("b-1", "b-2", "b-3", "b-4")) {
            outbox.append(Samples.note(id, T0), T0);
        }
        outbox.claim("b-2", "console", T0, T0.plus(LEASE));
        outbox.claim("b-4", "console", T0, T0.plus(LEASE));
        outbox.finish("b-4", new ActionOutcome.Accepted("ok", Optional.empty()), T0);

        Set<String> claimed = outbox.claimAll(List.of("b-1", "b-2", "b-3", "b-4", "gone"), "wall", T0.plusSeconds(1),
                T0.plusSeconds(1).plus(LEASE));

        assertThat(claimed).containsExactly("b-1", "b-3");
        OutboxEntry b1 = outbox.find("b-1").orElseThrow();
        assertThat(b1.state()).isEqualTo(OutboxState.SENDING);
        assertThat(b1.owner()).contains("wall");
        assertThat(b1.attempts()).isOne();
        assertThat(b1.leaseUntil()).contains(T0.plusSeconds(1).plus(LEASE));
        assertThat(outbox.find("b-2").orElseThrow().owner()).as("a live lease is left alone").contains("console");
        assertThat(outbox.find("b-4").orElseThrow().state()).isEqualTo(OutboxState.ACCEPTED);
        assertThat(outbox.claimAll(List.of("b-1", "b-3"), "console", T0.plusSeconds(2), T0.plus(LEASE.multipliedBy(2))))
                .as("nobody else wins them while the lease holds").isEmpty();
        assertThat(outbox.claimAll(List.of("b-1"), "console", T0.plusSeconds(1).plus(LEASE), T0.plus(LEASE.multipliedBy(3))))
                .as("taken over once the lease ran out").containsExactly("b-1");
        assertThat(outbox.find("b-1").orElseThrow().outcomeUnknown()).isTrue();
    }

    @Test
    void finishAllRecordsEveryAnswerAndLeavesFinishedEntriesAlone() throws StoreException {
        for (String id : List.of("f-1", "f-2", "f-3")) {
            outbox.append(Samples.note(id, T0), T0);
        }
        outbox.claimAll(List.of("f-1", "f-2", "f-3"), "wall", T0, T0.plus(LEASE));
        outbox.finish("f-3", new ActionOutcome.Accepted("first answer", Optional.empty()), T0);

        outbox.finishAll(List.of(new OutboxAnswer("f-1", new ActionOutcome.Accepted("silenced", Optional.empty()),
                        T0.plusSeconds(2)),
                new OutboxAnswer("f-2", new ActionOutcome.Rejected("resolved upstream", Optional.of(409)), T0.plusSeconds(3)),
                new OutboxAnswer("f-3", new ActionOutcome.Rejected("late", Optional.empty()), T0.plusSeconds(4)),
                new OutboxAnswer("unknown", new ActionOutcome.Accepted("?", Optional.empty()), T0)));

        OutboxEntry f1 = outbox.find("f-1").orElseThrow();
        assertThat(f1.state()).isEqualTo(OutboxState.ACCEPTED);
        assertThat(f1.finalReply()).contains("accepted: silenced");
        assertThat(f1.finishedAt()).contains(T0.plusSeconds(2));
        assertThat(f1.owner()).isEmpty();
        assertThat(outbox.find("f-2").orElseThrow().state()).isEqualTo(OutboxState.REJECTED);
        assertThat(outbox.find("f-3").orElseThrow().finalReply()).contains("accepted: first answer");
        assertThat(outbox.openCount()).isZero();
        assertThatThrownBy(() -> new OutboxAnswer("f-1", new ActionOutcome.Failed("timeout", true), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureIsNotAFinalAnswer() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        assertThatThrownBy(() -> outbox.finish("n-1", new ActionOutcome.Failed("timeout", true), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.find("n-1").orElseThrow().state()).isEqualTo(OutboxState.QUEUED);
    }

    @Test
    void aLateAnswerDoesNotReopenAFinishedEntry() throws StoreException {
        outbox.append(Samples.note("n-1", T0), T0);
        outbox.claim("n-1", "wall", T0, T0.plus(LEASE));
        outbox.finish("n-1", new ActionOutcome.Accepted("ok", Optional.empty()), T0);

        outbox.retryLater("n-1", T0.plusSeconds(5), "late timeout", true);
        outbox.finish("n-1", new ActionOutcome.Rejected("late", Optional.empty()), T0);

        OutboxEntry e = outbox.find("n-1").orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxState.ACCEPTED);
        assertThat(e.lastError()).isEmpty();
    }

    @Test
    void anUnknownIdIsAnErrorNamingTheDataDirectory() {
        assertThatThrownBy(() -> outbox.finish("nope", new ActionOutcome.Accepted("ok", Optional.empty()), T0))
                .isInstanceOf(StoreException.class).hasMessageContaining(dir.toString()).hasMessageContaining("nope");
        assertThatThrownBy(() -> outbox.retryLater("nope", T0, "x", false)).isInstanceOf(StoreException.class);
    }

    @Test
    void cancelWithdrawsWhatIsNotBeingSentRightNow() throws StoreException {
        outbox.append(Samples.note("queued", T0), T0);
        outbox.append(Samples.note("sending", T0), T0);
        outbox.claim("sending", "wall", T0, T0.plus(LEASE));

        assertThat(outbox.cancel("queued", T0.plusSeconds(1))).isTrue();
        assertThat(outbox.cancel("sending", T0.plusSeconds(1))).as("held by a live lease").isFalse();
        assertThat(outbox.cancel("queued", T0.plusSeconds(2))).as("already cancelled").isFalse();
        assertThat(outbox.cancel("missing", T0)).isFalse();
        assertThat(outbox.cancel("sending", T0.plus(LEASE))).as("its sender is gone").isTrue();

        OutboxEntry e = outbox.find("queued").orElseThrow();
        assertThat(e.state()).isEqualTo(OutboxState.CANCELLED);
        assertThat(e.finishedAt()).contains(T0.plusSeconds(1));
        assertThat(outbox.claim("queued", "wall", T0.plusSeconds(5), T0.plus(LEASE))).isFalse();
        assertThat(outbox.openCount()).isZero();
    }

    @Test
    void listsAreOrderedByWhenTheActionWasAppended() throws StoreException {
        outbox.append(Samples.note("b", T0), T0.plusSeconds(2));
        outbox.append(Samples.note("a", T0), T0.plusSeconds(1));
        outbox.append(Samples.note("c", T0), T0.plusSeconds(2));
        outbox.append(Samples.note("d", T0), T0.plusSeconds(3));
        outbox.claim("d", "wall", T0.plusSeconds(3), T0.plusSeconds(4));
        outbox.finish("d", new ActionOutcome.Accepted("ok", Optional.empty()), T0.plusSeconds(4));

        assertThat(outbox.open()).extracting(OutboxEntry::actionId).containsExactly("a", "b", "c");
        assertThat(outbox.due(T0.plusSeconds(5), 2)).extracting(OutboxEntry::actionId).containsExactly("a", "b");
        assertThat(outbox.recent(10)).extracting(OutboxEntry::actionId).containsExactly("d", "c", "b", "a");
        assertThat(outbox.recent(1)).extracting(OutboxEntry::actionId).containsExactly("d");
    }

    @Test
    void expediteMakesBackedOffEntriesDueNowButLeavesSendersAlone() throws StoreException {
        outbox.append(Samples.note("backing-off", T0), T0);
        outbox.append(Samples.note("sending", T0), T0);
        outbox.claim("backing-off", "wall", T0, T0.plus(LEASE));
        outbox.retryLater("backing-off", T0.plus(Duration.ofMinutes(10)), "503", false);
        outbox.claim("sending", "wall", T0, T0.plus(LEASE));
        Instant now = T0.plusSeconds(5);

        assertThat(outbox.expedite(now)).isOne();

        assertThat(outbox.due(now, 10)).extracting(OutboxEntry::actionId).containsExactly("backing-off");
        assertThat(outbox.claim("backing-off", "cli", now, now.plus(LEASE))).isTrue();
        assertThat(outbox.find("sending").orElseThrow().owner()).contains("wall");
    }

    @Test
    void pruneDeletesOnlyLongFinishedEntries() throws StoreException {
        outbox.append(Samples.note("old", T0), T0);
        outbox.append(Samples.note("open", T0), T0);
        outbox.cancel("old", T0.plusSeconds(1));

        assertThat(outbox.prune(T0.plusSeconds(1))).isZero();
        assertThat(outbox.prune(T0.plusSeconds(2))).isOne();
        assertThat(outbox.recent(10)).extracting(OutboxEntry::actionId).containsExactly("open");
    }

    @Test
    void anEntryThisVersionCannotReadIsLeftOutNotLost() throws Exception {
        outbox.append(Samples.note("good", T0), T0);
        outbox.append(Samples.note("future", T0), T0.plusSeconds(1));
        db.pool().transaction("damage", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET action_json = REPLACE(action_json, '\"annotate\"', '\"teleport\"')"
                            + " WHERE action_id = 'future'")) {
                return ps.executeUpdate();
            }
        });

        assertThat(outbox.open()).extracting(OutboxEntry::actionId).containsExactly("good");
        assertThat(outbox.openCount()).as("still queued for a build that can read it").isEqualTo(2);
        assertThatThrownBy(() -> outbox.find("future")).isInstanceOf(StoreException.class)
                .hasMessageContaining("future").hasMessageContaining("teleport");
    }

    @Test
    void aLeaseMustEndAfterItStarts() {
        assertThatThrownBy(() -> outbox.claim("n-1", "wall", T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.claim("n-1", " ", T0, T0.plus(LEASE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
