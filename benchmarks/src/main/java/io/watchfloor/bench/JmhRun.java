package io.watchfloor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs JMH benchmarks from the suite: one fork (a JVM of its own with a fixed 2 GiB heap), warm-up and
 * measurement sized by the run mode, the human-readable output in a log file. Optionally under JFR.
 */
final class JmhRun {
    /** The forked JVM's heap: fixed, so that heap sizing does not add noise between runs. */
    static final List<String> JVM_ARGS = List.of("-Xms2g", "-Xmx2g");

    private JmhRun() {
    }

    /**
     * @param include    regex of the benchmarks to run
     * @param params     JMH parameters to set (name to values)
     * @param log        where JMH's own output goes
     * @param jfr        a recording to write, or null
     */
    static Collection<RunResult> run(SuiteSettings s, String include, Map<String, String[]> params, Path log, Path jfr)
            throws RunnerException, java.io.IOException {
        Files.createDirectories(log.getParent());
        List<String> jvmArgs = new ArrayList<>(JVM_ARGS);
        if (jfr != null) {
            jvmArgs.add("-XX:StartFlightRecording=filename=" + jfr.toAbsolutePath() + ",settings=profile,dumponexit=true");
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .threads(1)
                .warmupIterations(s.pick(2, 1))
                .warmupTime(TimeValue.seconds(s.pick(3, 1)))
                .measurementIterations(s.pick(4, 2))
                .measurementTime(TimeValue.seconds(s.pick(3, 1)))
                .jvmArgs(jvmArgs.toArray(new String[0]))
                .shouldFailOnError(true)
                .output(log.toString());
        params.forEach(options::param);
        return new Runner(options.build()).run();
    }

    /** The result whose benchmark method is {@code method} (and, if given, whose parameter matches). */
    static RunResult find(Collection<RunResult> results, String method, String param, String value) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .filter(r -> param == null || value.equals(r.getParams().getParam(param)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no JMH result for " + method + " " + value));
    }
}
