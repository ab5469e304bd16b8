package io.watchfloor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ActionStatus;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");
    private final Operator priya = new Operator("priya", Role.LEAD);
    private final TargetRef inc = new TargetRef(SourceId.of("snow"), TargetRef.Type.INCIDENT, "a9e30c7d", "INC0010044");

    @Test
    void anActionIsRecordedWhenTakenAndUpdatedWithTheUpstreamsAnswer(@TempDir Path dir) throws Exception {
        AuditStore store = AuditStore.open(dir);
        OperatorAction.Escalate esc = new OperatorAction.Escalate("id-1", priya, inc, T0, "checkout down 10 min", 1,
                Optional.of("Payments SRE"), Optional.empty());

        store.record(new ActionStatus(esc, Optional.empty(), T0));
        assertThat(store.recent(10)).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("pending");
            assertThat(e.summary()).isEqualTo("escalate INC0010044 to tier 2 (Payments SRE): checkout down 10 min");
            assertThat(e.operator()).isEqualTo("priya");
            assertThat(e.role()).isEqualTo("lead");
        });

        store.record(new ActionStatus(esc, Optional.of(new ActionOutcome.Rejected("INC0010044 was resolved upstream",
                Optional.of(409))), T0.plusSeconds(1)));
        assertThat(store.forTarget("snow", "a9e30c7d")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo("rejected");
            assertThat(e.upstreamReply()).contains("rejected: INC0010044 was resolved upstream");
            assertThat(e.answeredAt()).contains(T0.plusSeconds(1));
            assertThat(e.takenAt()).isEqualTo(T0);
        });
    }

    @Test
    void recordAllWritesOrUpdatesEveryRowGiven(@TempDir Path dir) throws Exception {
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            AuditStore store = db.audit();
            OperatorAction a = new OperatorAction.Annotate("id-a", priya, inc, T0, "first", false);
            OperatorAction b = new OperatorAction.Annotate("id-b", priya, inc, T0.plusSeconds(1), "second", false);
            store.record(new ActionStatus(a, Optional.empty(), T0));

            store.recordAll(List.of(
                    new ActionStatus(a, Optional.of(new ActionOutcome.Accepted("work note added", Optional.empty())), T0.plusSeconds(5)),
                    new ActionStatus(b, Optional.of(new ActionOutcome.Rejected("closed", Optional.of(403))), T0.plusSeconds(6))));
            store.recordAll(List.of());

            assertThat(store.forTarget("snow", "a9e30c7d")).extracting(AuditEntry::actionId, AuditEntry::outcome,
                    AuditEntry::answeredAt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("id-a", "accepted", Optional.of(T0.plusSeconds(5))),
                    org.assertj.core.groups.Tuple.tuple("id-b", "rejected", Optional.of(T0.plusSeconds(6))));
        }
    }

    @Test
    void theTrailSurvivesReopeningTheDatabase(@TempDir Path dir) throws Exception {
        OperatorAction.Annotate note = new OperatorAction.Annotate("id-2", priya, inc, T0, "rolled back deploy", false);
        AuditStore.open(dir).record(new ActionStatus(note, Optional.of(new ActionOutcome.Accepted("200", Optional.empty())), T0));

        assertThat(AuditStore.open(dir).recent(5)).extracting(AuditEntry::actionId).containsExactly("id-2");
        assertThat(Files.list(dir)).anyMatch(p -> p.getFileName().toString().startsWith("watchfloor"));
    }

    @Test
    void theStandaloneAuditStoreLetsGoOfTheFileBetweenCalls(@TempDir Path dir) throws Exception {
        AuditStore store = AuditStore.open(dir);
        store.record(new ActionStatus(new OperatorAction.Annotate("id-3", priya, inc, T0, "x", false), Optional.empty(), T0));

        assertThat(dir.resolve("watchfloor.lock.db")).as("nothing holds the database open").doesNotExist();
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.audit().recent(5)).extracting(AuditEntry::actionId).containsExactly("id-3");
        }
    }

    @Test
    void anUnusableDataDirectoryIsAOneLineError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> AuditStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create data directory");
    }
}
