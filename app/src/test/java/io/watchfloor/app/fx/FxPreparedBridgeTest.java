package io.watchfloor.app.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.app.testing.TestBoardFeed;
import io.watchfloor.core.BoardState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Snapshots are prepared off the FX thread and cross to it latest-wins, both hops with at most one task pending. */
class FxPreparedBridgeTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final Queue<Runnable> pulses = new ArrayDeque<>();
    private final List<Long> prepared = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final AtomicInteger stops = new AtomicInteger();

    private static BoardState version(long v) {
        return new BoardState(v, T0.plusMillis(v), List.of(), List.of(), List.of(), List.of());
    }

    private FxPreparedBridge<String> bridge(TestBoardFeed feed) {
        return bridge(feed, s -> "v" + s.version());
    }

    private FxPreparedBridge<String> bridge(TestBoardFeed feed, Function<BoardState, String> prepare) {
        return new FxPreparedBridge<>(feed, s -> {
            prepared.add(s.version());
            return prepare.apply(s);
        }, delivered::add, worker::add, pulses::add, stops::incrementAndGet);
    }

    private static void runAll(Queue<Runnable> tasks) {
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
    }

    @Test
    void tenThousandPublishesArePreparedOnceOnTheWorkerAndDeliveredOnce() {
        TestBoardFeed feed = new TestBoardFeed(version(0));
        bridge(feed);

        for (long v = 1; v <= 10_000; v++) {
            feed.publish(version(v));
        }

        assertThat(worker).hasSize(1);
        assertThat(prepared).as("nothing is prepared on the publishing thread").isEmpty();
        runAll(worker);
        assertThat(prepared).containsExactly(10_000L);
        assertThat(pulses).hasSize(1);
        runAll(pulses);
        assertThat(delivered).containsExactly("v10000");
    }

    @Test
    void aBoardPreparedWhileAPulseIsPendingReplacesTheOlderOneInThatPulse() {
        TestBoardFeed feed = new TestBoardFeed(version(1));
        bridge(feed);
        runAll(worker);

        feed.publish(version(2));
        runAll(worker);

        assertThat(pulses).as("one pulse for both").hasSize(1);
        runAll(pulses);
        assertThat(delivered).containsExactly("v2");
    }

    @Test
    void anOlderSnapshotIsNeverDeliveredAfterANewerOne() {
        TestBoardFeed feed = new TestBoardFeed(version(5));
        bridge(feed);
        runAll(worker);
        runAll(pulses);

        feed.publish(version(3));
        runAll(worker);
        runAll(pulses);
        feed.publish(version(4));
        runAll(worker);
        runAll(pulses);

        assertThat(delivered).containsExactly("v5");
    }

    @Test
    void aBoardThatCannotBePreparedLeavesThePreviousOneShownAndTheNextOneStillArrives() {
        TestBoardFeed feed = new TestBoardFeed(version(1));
        bridge(feed, s -> {
            if (s.version() == 2) {
                throw new IllegalStateException("boom");
            }
            return "v" + s.version();
        });
        runAll(worker);
        runAll(pulses);

        feed.publish(version(2));
        runAll(worker);
        runAll(pulses);
        feed.publish(version(3));
        runAll(worker);
        runAll(pulses);

        assertThat(delivered).containsExactly("v1", "v3");
    }

    @Test
    void closeUnsubscribesStopsTheWorkerAndPendingTasksDeliverNothing() {
        TestBoardFeed feed = new TestBoardFeed(version(1));
        FxPreparedBridge<String> bridge = bridge(feed);
        runAll(worker);

        bridge.close();
        bridge.close();
        feed.publish(version(2));
        runAll(worker);
        runAll(pulses);

        assertThat(feed.subscribers()).isZero();
        assertThat(stops).hasValue(1);
        assertThat(delivered).isEmpty();
    }

    @Test
    void withItsOwnThreadItPreparesOffTheFxThreadAndDeliversOnItEndingWithTheNewest() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> preparedOn = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> deliveredOnFx = Collections.synchronizedList(new ArrayList<>());
        List<Long> versions = Collections.synchronizedList(new ArrayList<>());
        TestBoardFeed feed = new TestBoardFeed(version(0));
        FxPreparedBridge<Long> bridge = FxPreparedBridge.connect(feed, "test", s -> {
            preparedOn.add(Thread.currentThread().getName());
            return s.version();
        }, v -> {
            deliveredOnFx.add(Platform.isFxApplicationThread());
            versions.add(v);
        });
        try {
            Thread engine = new Thread(() -> {
                for (long v = 1; v <= 10_000; v++) {
                    feed.publish(version(v));
                }
            }, "wf-engine-test");
            engine.start();
            engine.join();

            await().atMost(Duration.ofSeconds(10)).until(() -> versions.contains(10_000L));
        } finally {
            bridge.close();
        }
        assertThat(preparedOn).containsOnly("wf-test-prepare");
        assertThat(deliveredOnFx).containsOnly(true);
        synchronized (versions) {
            assertThat(versions).isSorted().doesNotHaveDuplicates().endsWith(10_000L);
        }
    }
}
