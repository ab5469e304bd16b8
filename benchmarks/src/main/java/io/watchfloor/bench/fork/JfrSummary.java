package io.watchfloor.bench.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from a JFR recording's execution samples ({@code jdk.ExecutionSample}): the methods
 * most often on top of the stack (self time) and the Watchfloor methods most often anywhere on it (total
 * time), as shares of the samples of the threads asked for. What {@code jfr print --events ExecutionSample}
 * shows, counted. Stateless.
 */
public final class JfrSummary {
    private static final String OURS = "io.watchfloor.";
    private static final String BENCH = "io.watchfloor.bench.";

    private JfrSummary() {
    }

    /**
     * Whether a thread is the FX Application Thread: so named on desktop platforms; the headless Monocle
     * platform runs the FX work on its "Event Thread".
     */
    public static boolean fxThread(String name) {
        return name.equals("JavaFX Application Thread") || name.equals("Event Thread");
    }

    /** {@link #summarize(Path, Predicate, String, String, int)} of every sample of those threads. */
    public static String summarize(Path recording, Predicate<String> threads, String threadText, int top)
            throws IOException {
        return summarize(recording, threads, threadText, "", top);
    }

    /**
     * A markdown paragraph: "N samples on T: self: a 31 %, b 12 %, ...; Watchfloor (total): x 80 %, ...".
     *
     * @param threads   which threads count (by name), e.g. the FX thread only
     * @param under     only samples with a frame of this method on the stack ("BoardReducer.snapshot": the
     *                  measured operation, not the set-up around it); "" for all
     */
    public static String summarize(Path recording, Predicate<String> threads, String threadText, String under,
                                   int top) throws IOException {
        return summarize(recording, threads, threadText, under, top, false);
    }

    /**
     * As {@link #summarize(Path, Predicate, String, String, int)}; with {@code nativeToo} the samples of threads in
     * native code ({@code jdk.NativeMethodSample}: file writes, socket reads) count as well, for work that waits on
     * IO rather than computing.
     */
    public static String summarize(Path recording, Predicate<String> threads, String threadText, String under,
                                   int top, boolean nativeToo) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            String type = e.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !(nativeToo && type.equals("jdk.NativeMethodSample"))) {
                continue;
            }
            RecordedThread t = e.getThread("sampledThread");
            RecordedStackTrace stack = e.getStackTrace();
            if (t == null || stack == null || stack.getFrames().isEmpty()
                    || !threads.test(Optional.ofNullable(t.getJavaName()).orElse(""))) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (!under.isEmpty() && frames.stream().noneMatch(f -> name(f).endsWith(under))) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            frames.stream().map(JfrSummary::name)
                    .filter(n -> n.startsWith(OURS) && !n.startsWith(BENCH) && !n.contains("$$Lambda")).distinct()
                    .forEach(n -> ours.merge(n, 1, Integer::sum));
        }
        if (samples == 0) {
            return "no execution samples on " + threadText + " in " + recording.getFileName();
        }
        return samples + (nativeToo ? " execution and native-method samples on " : " execution samples on ") + threadText + (under.isEmpty() ? "" : " in `" + under + "`") + ". Self (top of stack): " + top(self, samples, top)
                + ". Watchfloor methods on the stack (total): " + top(ours, samples, top) + ".";
    }

    private static String top(Map<String, Integer> counts, int samples, int n) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .forEach(e -> s.append(s.length() == 0 ? "" : ", ").append('`').append(e.getKey()).append("` ")
                        .append(String.format(Locale.ROOT, "%.0f %%", 100.0 * e.getValue() / samples)));
        return s.toString();
    }

    private static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        if (m == null) {
            return "?";
        }
        String type = m.getType() == null ? "?" : m.getType().getName();
        return type + "." + m.getName();
    }
}
