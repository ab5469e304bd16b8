package io.watchfloor.engine.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.TargetRef;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SendLaneTest {
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Operator OP = new Operator("priya", Role.LEAD);

    private static OutboxEntry entry(int n) {
        OperatorAction a = new OperatorAction.Acknowledge("a-" + n, OP, new TargetRef(SourceId.of("am"),
                TargetRef.Type.ALERT, "fp" + n, "fp" + n), NOW, Duration.ofHours(1), Optional.empty());
        return new OutboxEntry(a, OutboxState.QUEUED, 0, NOW, NOW, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void whatPilesUpWhileABatchIsOutGoesNextInOrderInBatchesOfAtMostTheLimit() throws Exception {
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<List<String>> batches = new LinkedBlockingQueue<>();
        SendLane lane = new SendLane("wf-outbox-test", batch -> {
            batches.add(batch.stream().map(OutboxEntry::actionId).toList());
            firstTaken.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            lane.add(entry(0));
            assertThat(firstTaken.await(10, TimeUnit.SECONDS)).isTrue();
            for (int n = 1; n <= SendLane.BATCH + 7; n++) {
                lane.add(entry(n));
            }
            release.countDown();

            List<List<String>> seen = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                seen.add(batches.poll(10, TimeUnit.SECONDS));
            }
            assertThat(seen).extracting(List::size).containsExactly(1, SendLane.BATCH, 7);
            assertThat(seen.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(0, SendLane.BATCH + 7).mapToObj(n -> "a-" + n).toList());
        } finally {
            lane.stop();
            lane.awaitStop(5);
        }
        assertThat(batches).as("nothing is handed over twice").isEmpty();
    }

    @Test
    void stoppingNeverInterruptsTheBatchUnderWayItIsLeftToFinish() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        SendLane lane = new SendLane("wf-outbox-test", batch -> {
            taken.countDown();
            try {
                release.await(); // a send or a durable write that outlasts the stop's wait
            } catch (InterruptedException e) {
                interrupted.set(true); // inside H2's file IO this would close the file for the whole process
            }
            finished.countDown();
        });
        lane.add(entry(0));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

        lane.stop();
        assertThat(lane.awaitStop(0)).as("still running").isFalse();
        release.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted).isFalse();
        assertThat(lane.awaitStop(10)).isTrue();
    }
}
