package io.watchfloor.bench;

import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.ReportWriter;
import io.watchfloor.bench.report.SuiteRun;
import io.watchfloor.bench.report.Target;
import io.watchfloor.bench.report.Verdict;
import io.watchfloor.connectors.DurationText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The benchmark suite's command: runs every case (or those of {@code --only}), then writes the generated section
 * of {@code docs/benchmarks.md} and {@code docs/benchmarks.json}. Started by {@code benchmarks/run}, which
 * builds what is needed first. Options:
 * <pre>
 *   --quick                 smoke run, about two minutes
 *   --only ID,ID            ingest, snapshot, fx, coldstart, memory, outbox, latency; implies --no-write, so that
 *                           docs/ always holds a whole table
 *   --memory-duration D     how long the memory figure's wall runs (default 150s, quick 25s; the issue's 10m)
 *   --replay-actions N      how many queued actions the outbox replay sends (default the issue's 10000, about two
 *                           minutes with its baseline here; quick 200)
 *   --profile-misses        re-run each missed figure under JFR and report where the time goes
 *   --no-write              leave docs/ alone; the report goes to benchmarks/target/bench/ only
 *   --root DIR              the repository root (default: the current directory)
 * </pre>
 * Output: progress and the table on stdout. Exit status 0 when every case ran (misses included), 1 when a case
 * failed, 2 on bad arguments.
 */
public final class BenchmarkSuite {
    /** The table's rows, in order. */
    static final List<String> ORDER = List.of(IngestCase.FIGURE, IngestCase.FIRST_POLL, SnapshotCase.FIGURE, FxPulseCase.PULSE,
            FxPulseCase.FRAME, ColdStartCase.FIRST, ColdStartCase.DATA, ColdStartCase.CACHE, MemoryCase.RSS,
            MemoryCase.HEAP, MemoryCase.CACHED, OutboxCase.APPEND, OutboxCase.REPLAY, LatencyCase.QUIET,
            LatencyCase.STRESS);

    private final PrintStream out;

    private BenchmarkSuite(PrintStream out) {
        this.out = out;
    }

    /** Every case, in table order. */
    static List<BenchmarkCase> cases() {
        return List.of(new IngestCase(), new SnapshotCase(), new FxPulseCase(), new ColdStartCase(), new MemoryCase(),
                new OutboxCase(), new LatencyCase());
    }

    public static void main(String[] args) {
        SuiteSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmarks: " + e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = new BenchmarkSuite(System.out).run(settings, shownArgs(args));
        } catch (IOException e) {
            System.err.println("benchmarks: could not write the report: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    int run(SuiteSettings s, String args) throws IOException {
        Instant started = Instant.now();
        Map<String, Figure> figures = new LinkedHashMap<>();
        Map<String, BenchmarkCase> owners = new LinkedHashMap<>();
        boolean failed = false;
        List<String> loads = new ArrayList<>();
        for (BenchmarkCase c : cases()) {
            if (!s.runs(c.id())) {
                continue;
            }
            loadAverage().ifPresent(l -> loads.add(c.id() + " " + l));
            out.println("== " + c.id() + " (" + s.mode() + ")");
            long caseStart = System.nanoTime();
            try {
                for (Figure f : c.run(s)) {
                    figures.put(f.id(), f);
                    owners.put(f.id(), c);
                    out.println("   " + f.title() + ": " + f.value().map(v -> v.text()).orElse("-") + "  " + f.verdict());
                }
                out.println("   (" + (System.nanoTime() - caseStart) / 1_000_000_000 + " s)");
            } catch (Exception e) {
                failed = true;
                out.println("   case " + c.id() + " failed: " + e);
                e.printStackTrace(out);
                figures.put("failed-" + c.id(), Figure.notMeasured("failed-" + c.id(), "case " + c.id(),
                        Target.atMost(0, ""), "the case failed in this run: " + e.getMessage()));
            }
        }
        List<String> profiles = s.profileMisses() ? profiles(s, figures, owners) : List.of();
        SuiteRun run = new SuiteRun(started, Duration.between(started, Instant.now()), s.mode(),
                "benchmarks/run" + (args.isBlank() ? "" : " " + args),
                machine() + (loads.isEmpty() ? "" : "; load average (1 min) as each case started: " + String.join(", ", loads)),
                ordered(figures), profiles);
        Path docs = s.write() ? s.root().resolve("docs") : s.work().resolve("docs");
        ReportWriter.write(docs, run);
        out.println();
        out.println(ReportWriter.markdown(run));
        out.println("written: " + docs.resolve("benchmarks.md") + ", " + docs.resolve("benchmarks.json"));
        return failed ? 1 : 0;
    }

    /** One profile per case with a missed figure (its first missed figure; the others share the run). */
    private List<String> profiles(SuiteSettings s, Map<String, Figure> figures, Map<String, BenchmarkCase> owners) {
        List<String> found = new ArrayList<>();
        Set<BenchmarkCase> profiled = new HashSet<>();
        for (Figure f : figures.values()) {
            BenchmarkCase owner = owners.get(f.id());
            if (f.verdict() != Verdict.MISS || owner == null || !profiled.add(owner)) {
                continue;
            }
            out.println("== profiling " + owner.id() + " (JFR)");
            try {
                owner.profile(s, f).ifPresent(found::add);
            } catch (Exception e) {
                out.println("   profiling " + owner.id() + " failed: " + e);
            }
        }
        return found;
    }

    /** The figures in table order; ones not in {@link #ORDER} (failed cases) at the end. */
    static List<Figure> ordered(Map<String, Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (String id : ORDER) {
            Optional.ofNullable(figures.get(id)).ifPresent(out::add);
        }
        figures.values().stream().filter(f -> !ORDER.contains(f.id())).forEach(out::add);
        return out;
    }

    static SuiteSettings parse(String[] args) {
        boolean quick = false;
        boolean profile = false;
        boolean write = true;
        Optional<Duration> memory = Optional.empty();
        Optional<Integer> replay = Optional.empty();
        Path root = Path.of("").toAbsolutePath();
        Set<String> only = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    quick = true;
                    break;
                case "--profile-misses":
                    profile = true;
                    break;
                case "--no-write":
                    write = false;
                    break;
                case "--only":
                    only.addAll(Arrays.asList(value(args, ++i).split(",")));
                    break;
                case "--memory-duration":
                    memory = Optional.of(DurationText.parse(value(args, ++i)));
                    break;
                case "--replay-actions":
                    replay = Optional.of(count(value(args, ++i), "--replay-actions"));
                    break;
                case "--root":
                    root = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i]
                            + " (--quick, --only IDS, --memory-duration D, --replay-actions N, --profile-misses,"
                            + " --no-write, --root DIR)");
            }
        }
        Set<String> known = new HashSet<>();
        cases().forEach(c -> known.add(c.id()));
        if (!known.containsAll(only)) {
            throw new IllegalArgumentException("--only takes " + String.join(",", known) + "; got " + only);
        }
        if (!Files.isDirectory(root.resolve("docs"))) {
            throw new IllegalArgumentException(root + " has no docs/ directory; pass the repository root with --root");
        }
        Duration memoryDuration = memory.orElse(quick ? Duration.ofSeconds(25) : Duration.ofSeconds(150));
        int replayActions = replay.orElse(quick ? 200 : 10_000);
        return new SuiteSettings(quick, memoryDuration, replayActions, profile, root,
                root.resolve("benchmarks/target/bench"), only, headlessArgs(), write && only.isEmpty());
    }

    /** The options as the user gave them to {@code benchmarks/run}, without the {@code --root} the script adds. */
    static String shownArgs(String[] args) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--root")) {
                i++;
            } else {
                shown.add(args[i]);
            }
        }
        return String.join(" ", shown);
    }

    private static int count(String text, String option) {
        try {
            int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (n >= 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes a whole number of at least 2, got " + text);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The parent POM's {@code headless.fx.args}, as the build wrote them into {@code bench.properties}. */
    static List<String> headlessArgs() {
        Properties p = new Properties();
        try (InputStream in = BenchmarkSuite.class.getResourceAsStream("/bench.properties")) {
            if (in == null) {
                throw new IllegalStateException("bench.properties is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bench.properties", e);
        }
        List<String> argsList = new ArrayList<>(Arrays.asList(p.getProperty("headless.fx.args", "").trim().split("\\s+")));
        argsList.removeIf(String::isBlank);
        if (argsList.isEmpty() || argsList.get(0).startsWith("${")) {
            throw new IllegalStateException("bench.properties was not filled in by the build");
        }
        // The headless screen as large as the wall window, so nothing is clipped or scaled.
        argsList.add("-Dheadless.geometry=1920x1080-32");
        return argsList;
    }

    /** The 1-minute load average of the machine (other builds share it), from {@code /proc/loadavg}. */
    private static Optional<String> loadAverage() {
        try {
            return Optional.of(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memory / 1073741824.0) + " GiB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
