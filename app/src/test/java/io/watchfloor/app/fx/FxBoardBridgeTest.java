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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Snapshots cross to the FX thread latest-wins, with at most one pulse pending. */
class FxBoardBridgeTest {
    private static final Instant T0 = Instant.parse("2026-11-27T02:00:00Z");

    private final Queue<Runnable> pulses = new ArrayDeque<>();
    private final List<Long> delivered = new ArrayList<>();

    private static BoardState version(long v) {
        return new BoardState(v, T0.plusMillis(v), List.of(), List.of(), List.of(), List.of());
    }

    private FxBoardBridge bridge(TestBoardFeed feed) {
        return new FxBoardBridge(feed, s -> delivered.add(s.version()), pulses::add);
    }

    private void runPulses() {
        while (!pulses.isEmpty()) {
            pulses.poll().run();
        }
    }

    @Test
    void tenThousandPublishesLeaveOnePendingPulseThatDeliversTheNewest() {
        TestBoardFeed feed = new TestBoardFeed(version(0));
        bridge(feed);

        for (long v = 1; v <= 10_000; v++) {
            feed.publish(version(v));
        }

        assertThat(pulses).hasSize(1);
        runPulses();
        assertThat(delivered).containsExactly(10_000L);
    }

    @Test
    void aSnapshotPublishedAfterAPulseRanSchedulesTheNextOne() {
        TestBoardFeed feed = new TestBoardFeed(version(1));
        bridge(feed);
        runPulses();

        feed.publish(version(2));
        assertThat(pulses).hasSize(1);
        runPulses();

        assertThat(delivered).containsExactly(1L, 2L);
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerOne() {
        TestBoardFeed feed = new TestBoardFeed(version(5));
        bridge(feed);
        feed.publish(version(3)); // e.g. the subscribe-time call racing the engine's publish
        runPulses();
        feed.publish(version(4));
        runPulses();

        assertThat(delivered).containsExactly(5L);
    }

    @Test
    void closeUnsubscribesAndThePendingPulseDeliversNothing() {
        TestBoardFeed feed = new TestBoardFeed(version(1));
        FxBoardBridge bridge = bridge(feed);

        bridge.close();
        feed.publish(version(2));
        runPulses();

        assertThat(feed.subscribers()).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void onTheFxThreadManyPublishesArriveCoalescedInOrderEndingWithTheNewest() throws Exception {
        FxToolkit.registerPrimaryStage();
        HeadlessFx.startHeadless(); // the toolkit is already up: must be a no-op
        List<Long> versions = Collections.synchronizedList(new ArrayList<>());
        List<Boolean> onFxThread = Collections.synchronizedList(new ArrayList<>());
        TestBoardFeed feed = new TestBoardFeed(version(0));
        FxBoardBridge bridge = FxBoardBridge.connect(feed, s -> {
            onFxThread.add(Platform.isFxApplicationThread());
            versions.add(s.version());
        });
        // The FX thread is held busy while the engine publishes, as a slow frame would hold it: everything
        // published meanwhile must wait as one snapshot, the newest, not queue up behind it.
        CountDownLatch fxHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !versions.isEmpty()); // the initial board
            int before = versions.size();
            Platform.runLater(() -> {
                fxHeld.countDown();
                awaitQuietly(release);
            });
            assertThat(fxHeld.await(10, TimeUnit.SECONDS)).isTrue();
            Thread engine = new Thread(() -> {
                for (long v = 1; v <= 10_000; v++) {
                    feed.publish(version(v));
                }
            }, "wf-engine-test");
            engine.start();
            engine.join();
            release.countDown();

            await().atMost(Duration.ofSeconds(10)).until(() -> last(versions) == 10_000L);
            assertThat(versions.subList(before, versions.size())).containsExactly(10_000L);
        } finally {
            release.countDown();
            bridge.close();
        }
        assertThat(onFxThread).containsOnly(true);
        assertThat(versions).isSorted().doesNotHaveDuplicates();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long last(List<Long> list) {
        synchronized (list) {
            return list.get(list.size() - 1);
        }
    }
}
