package io.watchfloor.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.watchfloor.connectors.ActionConnector;
import io.watchfloor.core.ActionKind;
import io.watchfloor.core.TargetRef;
import io.watchfloor.simulator.LedgerEntry;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.OutboxEntry;
import io.watchfloor.store.OutboxState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Issue 4's crash test: a console ({@link OutboxCrashChild}, a JVM of its own) with queued actions is
 * killed with SIGKILL at seeded random points, right after one of its writes reached the simulator
 * (before the console could record the answer) or after a random delay, and restarted without queueing
 * again; in the end every action it queued has reached the simulator exactly once.
 *
 * <p>"Exactly once", per kind: each action makes one write that carries its marker {@code [wf:<id>]}
 * (acknowledge and silence of an alert: {@code POST /api/v2/silences} with the marker in the comment;
 * acknowledge and work note of an incident: {@code PATCH /api/now/table/incident/<sys_id>} with the marker
 * in the work note). So the simulator's ledger holds exactly one write with the marker, the outbox says
 * accepted, and for alerts the simulator holds exactly one silence with the marker. Reads made to find
 * the marker before writing are not writes and not counted.
 *
 * <p>The seed is {@code -Dwf.crash.seed} (default fixed); the kill points are printed when it fails.
 */
class OutboxCrashTest {
    private static final long SEED = Long.getLong("wf.crash.seed", 20_261_127L);
    private static final int ACTIONS = 36;
    private static final int KILLS = 4;
    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;
    private Simulator sim;
    private final List<ChildJvm> children = new ArrayList<>();
    private final List<String> story = new ArrayList<>();
    private final long began = System.nanoTime();

    @AfterEach
    void stop() throws Exception {
        for (ChildJvm c : children) {
            c.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void everyQueuedActionReachesTheUpstreamExactlyOnceThoughItsConsoleIsKilledAgainAndAgain() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        for (String service : List.of("checkout", "search", "cart", "catalog")) {
            sim.control().startOutage(service);
        }
        sim.control().fireAlert("pricing", "PricingLatencyHigh", "major");
        sim.control().fireAlert("inventory", "InventorySyncLagging", "minor");
        Random random = new Random(SEED);
        Set<String> printedQueued = new LinkedHashSet<>();

        ChildJvm child = child("queue", Integer.toString(ACTIONS));
        for (int kill = 0; kill < KILLS && child.alive(); kill++) {
            ChildJvm running = child;
            if (kill % 2 == 0 || random.nextBoolean()) {
                int after = writes() + 1 + random.nextInt(4);
                note("kill " + kill + ": after write #" + after);
                await().atMost(WAIT).pollInterval(Duration.ofMillis(2)).until(() -> writes() >= after || !running.alive());
            } else {
                long delay = 100 + random.nextInt(2000);
                note("kill " + kill + ": " + delay + " ms after it started");
                await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> running.printed("started") || !running.alive());
                await().pollDelay(Duration.ofMillis(delay)).atMost(WAIT).until(() -> true);
            }
            if (!running.alive()) {
                note("(it had finished)");
                break;
            }
            running.kill();
            note("killed at " + writes() + " writes");
            printedQueued.addAll(queuedIds(running));
            child = child("resume");
        }
        assertThat(child.waitForExit(WAIT)).as(describe()).isZero();
        printedQueued.addAll(queuedIds(child));

        try (LocalDatabase db = LocalDatabase.open(dataDir)) {
            List<OutboxEntry> all = db.outbox().recent(10_000);
            Set<String> ids = all.stream().map(OutboxEntry::actionId).collect(Collectors.toSet());
            assertThat(ids).as("what was durably queued is there " + describe()).containsAll(printedQueued);
            assertThat(all).as(describe()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.state()).as(e.actionId()).isEqualTo(OutboxState.ACCEPTED));
            String silences = silences();
            for (OutboxEntry e : all) {
                String marker = ActionConnector.marker(e.action());
                assertThat(writesCarrying(marker)).as("writes of %s %s %s", e.action().kind().verb(), e.actionId(), describe())
                        .hasSize(1);
                if (e.action().target().type() == TargetRef.Type.ALERT) {
                    assertThat(occurrences(silences, marker)).as("silences of " + e.actionId()).isEqualTo(1);
                }
            }
            assertThat(all).as("some kill landed between a write and its confirmation " + describe())
                    .anySatisfy(e -> assertThat(e.outcomeUnknown()).isTrue());
            assertThat(all).extracting(e -> e.action().kind()).contains(ActionKind.ACKNOWLEDGE, ActionKind.SILENCE,
                    ActionKind.ANNOTATE);
            note(all.size() + " actions, " + all.stream().filter(OutboxEntry::outcomeUnknown).count()
                    + " taken over from a killed console, " + writes() + " writes");
            LoggerFactory.getLogger(OutboxCrashTest.class).info("crash test {}", story);
        }
    }

    private void note(String what) {
        story.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms: " + what);
    }

    private ChildJvm child(String... mode) throws Exception {
        List<String> args = new ArrayList<>(List.of(sim.baseUrl().toString(), dataDir.toString()));
        args.addAll(List.of(mode));
        Path log = logs.resolve("child-" + children.size() + ".log");
        ChildJvm c = ChildJvm.start(OutboxCrashChild.class, log,
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dwf.log=INFO"), args.toArray(String[]::new));
        children.add(c);
        note("started child " + children.size() + " (" + String.join(" ", mode) + ", pid " + c.pid() + ")");
        return c;
    }

    private int writes() {
        return sim.ledger().entries().size();
    }

    private List<LedgerEntry> writesCarrying(String marker) {
        return sim.ledger().entries().stream().filter(e -> e.body().contains(marker)).toList();
    }

    private static List<String> queuedIds(ChildJvm child) {
        return child.lines().stream().filter(l -> l.startsWith("queued ")).map(l -> l.split(" ")[1]).toList();
    }

    private String silences() throws Exception {
        OkHttpClient http = new OkHttpClient();
        try (Response r = http.newCall(new Request.Builder().url(sim.baseUrl() + "/api/v2/silences").build()).execute()) {
            return r.body().string();
        } finally {
            http.dispatcher().executorService().shutdown();
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The seed, the kill points, and the end of each child's log, for a failure message. */
    private String describe() {
        StringBuilder s = new StringBuilder("(seed ").append(SEED).append(": ").append(String.join("; ", story)).append(')');
        for (int i = 0; i < children.size(); i++) {
            try {
                List<String> lines = Files.readAllLines(logs.resolve("child-" + i + ".log"));
                s.append("\nchild ").append(i).append(" log tail:\n  ")
                        .append(String.join("\n  ", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            } catch (java.io.IOException e) {
                s.append("\nchild ").append(i).append(": no log");
            }
        }
        return s.toString();
    }
}
