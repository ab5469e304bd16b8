package io.watchfloor.store;

import static io.watchfloor.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs on one data directory, as the wall, a console and a CLI command are. */
class MultiProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    @TempDir
    Path logs;

    @Test
    void everyAppendThatReturnedSurvivesSigkill() throws Exception {
        Random random = new Random();
        List<String> printed = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            int killAfter = 20 + random.nextInt(300);
            try (ChildJvm child = ChildJvm.start(logs.resolve("append-" + round + ".log"), "append", dir.toString(),
                    "100000")) {
                for (int n = 0; n < killAfter; n++) {
                    printed.add(child.nextLine(WAIT));
                }
                child.kill();
                printed.addAll(child.remainingLines(WAIT));
            }
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            Set<String> stored = db.outbox().open().stream().map(OutboxEntry::actionId).collect(Collectors.toSet());
            assertThat(stored).containsAll(printed);
            assertThat(db.outbox().find(printed.get(0)).orElseThrow().action())
                    .isEqualTo(Samples.note(printed.get(0), Instant.parse("2026-11-27T03:00:00Z")));
        }
    }

    @Test
    void everyBatchOfClaimsAnswersAndAuditRowsThatReturnedSurvivesSigkill() throws Exception {
        int killAfter = 30 + new Random().nextInt(300);
        List<String> printed = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(logs.resolve("batches.log"), "batches", dir.toString(), "100000")) {
            for (int n = 0; n < killAfter; n++) {
                printed.add(child.nextLine(WAIT));
            }
            child.kill();
            printed.addAll(child.remainingLines(WAIT));
        }

        try (LocalDatabase db = LocalDatabase.open(dir)) {
            for (String line : printed) {
                String id = line.substring(line.indexOf(' ') + 1);
                OutboxEntry e = db.outbox().find(id).orElseThrow();
                if (line.startsWith("claimed ")) {
                    assertThat(e.state()).as(line).isIn(OutboxState.SENDING, OutboxState.ACCEPTED);
                    assertThat(e.attempts()).as(line).isOne();
                } else if (line.startsWith("finished ")) {
                    assertThat(e.state()).as(line).isEqualTo(OutboxState.ACCEPTED);
                } else {
                    assertThat(db.audit().forTarget(e.action().target().source().value(), e.action().target().id()))
                            .as(line).anyMatch(a -> a.actionId().equals(id) && a.outcome().equals("accepted"));
                }
            }
        }
    }

    @Test
    void twoProcessesNeverBothClaimAnEntry() throws Exception {
        int count = 300;
        try (LocalDatabase db = LocalDatabase.open(dir);
             ChildJvm child = ChildJvm.start(logs.resolve("claim.log"), "claim", dir.toString(), "child",
                     Integer.toString(count))) {
            for (int n = 0; n < count; n++) {
                db.outbox().append(Samples.note("c-" + n, T0), T0);
            }
            assertThat(child.nextLine(WAIT)).isEqualTo("ready");
            child.send("go");
            Instant now = Instant.parse("2026-11-27T04:00:00Z");
            Set<String> mine = new HashSet<>();
            for (int n = count - 1; n >= 0; n--) {
                if (db.outbox().claim("c-" + n, "parent", now, now.plusSeconds(300))) {
                    mine.add("c-" + n);
                }
            }
            List<String> theirs = new ArrayList<>();
            for (String line = child.nextLine(WAIT); !line.equals("done"); line = child.nextLine(WAIT)) {
                theirs.add(line.substring("claimed ".length()));
            }

            assertThat(theirs).doesNotHaveDuplicates().doesNotContainAnyElementsOf(mine);
            Set<String> all = new HashSet<>(mine);
            all.addAll(theirs);
            assertThat(all).hasSize(count);
            for (String id : theirs) {
                assertThat(db.outbox().find(id).orElseThrow().owner()).contains("child");
            }
            assertThat(db.outbox().open()).allSatisfy(e -> assertThat(e.attempts()).isOne());
        }
    }

    @Test
    void aFirstStartKilledAtAnyMomentLeavesADirectoryTheNextStartOpens() throws Exception {
        Random random = new Random();
        for (int round = 0; round < 4; round++) {
            Path fresh = dir.resolve("round-" + round);
            // From the child's JVM start to a second after it has created the database and printed "ready".
            long killAfterMillis = 300 + random.nextInt(1700);
            try (ChildJvm wall = ChildJvm.start(logs.resolve("first-start-" + round + ".log"), "serve",
                    fresh.toString())) {
                wall.killAfter(Duration.ofMillis(killAfterMillis));
            }

            try (LocalDatabase db = LocalDatabase.open(fresh)) {
                db.outbox().append(Samples.note("after-" + round, T0), T0);
                assertThat(db.outbox().openCount()).as("killed %d ms after start", killAfterMillis).isOne();
            }
        }
    }

    @Test
    void aConsoleKeepsWorkingWhenTheWallThatServedTheFileDies() throws Exception {
        try (ChildJvm wall = ChildJvm.start(logs.resolve("serve.log"), "serve", dir.toString())) {
            assertThat(wall.nextLine(WAIT)).isEqualTo("ready");
            try (LocalDatabase console = LocalDatabase.open(dir)) {
                console.outbox().append(Samples.note("before", T0), T0);

                wall.kill();

                console.outbox().append(Samples.note("after", T0), T0.plusSeconds(1));
                assertThat(console.outbox().open()).extracting(OutboxEntry::actionId).containsExactly("before", "after");
            }
        }
        try (LocalDatabase db = LocalDatabase.open(dir)) {
            assertThat(db.outbox().openCount()).isEqualTo(2);
        }
    }

    @Test
    void aCliCommandSeesWhatTheRunningWallCommitted() throws Exception {
        try (LocalDatabase wall = LocalDatabase.open(dir);
             ChildJvm cli = ChildJvm.start(logs.resolve("cli.log"), "append", dir.toString(), "3")) {
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < 3; n++) {
                ids.add(cli.nextLine(WAIT));
            }
            assertThat(cli.waitForExit(WAIT)).isZero();

            assertThat(wall.outbox().open()).extracting(OutboxEntry::actionId).containsExactlyElementsOf(ids);
        }
    }
}
