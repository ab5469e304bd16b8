package io.watchfloor.bench;

import io.watchfloor.bench.fork.LauncherOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one run of the suite goes. Immutable.
 *
 * @param quick          the smoke run: shorter measurements and fewer repetitions (about 2 minutes in all)
 * @param memoryDuration how long the memory figure's wall runs (the issue asks for 10 minutes; the default
 *                       run uses less to stay short, and the report says what was used)
 * @param replayActions  how many queued actions the outbox replay sends (the issue asks for 10,000, the full
 *                       run's default; the quick run sends fewer, and the report says how many)
 * @param profileMisses  re-run each missed figure's case under JFR and add where the time goes to the report
 * @param root           the repository root (docs/ is written there)
 * @param work           where logs, recordings and generated configs go
 * @param only           case ids to run; empty for all
 * @param headlessArgs   the JVM options of headless JavaFX (the parent POM's {@code headless.fx.args})
 * @param write          whether to write docs/benchmarks.md and docs/benchmarks.json (else only {@code work})
 */
public record SuiteSettings(boolean quick, Duration memoryDuration, int replayActions, boolean profileMisses, Path root,
                            Path work, Set<String> only, List<String> headlessArgs, boolean write) {
    public SuiteSettings {
        Objects.requireNonNull(memoryDuration, "memoryDuration");
        if (replayActions < 2) {
            throw new IllegalArgumentException("the replay needs at least 2 actions, was " + replayActions);
        }
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(work, "work");
        only = Set.copyOf(only);
        headlessArgs = List.copyOf(headlessArgs);
    }

    /** A repetition count or duration by mode: {@code quickValue} in quick runs, {@code full} otherwise. */
    public int pick(int full, int quickValue) {
        return quick ? quickValue : full;
    }

    /**
     * The options of a forked JVM that runs the wall: the {@code ./watchfloor} launcher's own JVM options (its
     * {@code heap_opts}, {@link LauncherOptions}), so that a wall is measured as users start it, then headless
     * JavaFX. A baseline forked for the same figure (a hello-world stage, an idle board) gets the same options.
     */
    public List<String> wallJvmArgs() throws IOException {
        List<String> args = new ArrayList<>(LauncherOptions.read(root.resolve("watchfloor")));
        args.addAll(headlessArgs);
        return args;
    }

    /** Whether the case with this id runs. */
    public boolean runs(String caseId) {
        return only.isEmpty() || only.contains(caseId);
    }

    /** Where a JFR recording named {@code name} goes (its directory created). */
    public Path jfr(String name) throws java.io.IOException {
        Path dir = work.resolve("jfr");
        java.nio.file.Files.createDirectories(dir);
        return dir.resolve(name + ".jfr");
    }

    public String mode() {
        return quick ? "quick" : "full";
    }
}
