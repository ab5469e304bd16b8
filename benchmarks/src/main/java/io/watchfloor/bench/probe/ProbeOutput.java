package io.watchfloor.bench.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.watchfloor.bench.fork.ForkedJvm;
import java.io.PrintStream;
import java.util.Map;

/** How a probe reports to the suite: one {@link ForkedJvm#RESULT} line of JSON on stdout per result. */
final class ProbeOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProbeOutput() {
    }

    /** Prints {@code values} as a result line (the CLI-style output of a probe process, read by the suite). */
    static void result(Map<String, ?> values) {
        try {
            PrintStream out = System.out;
            out.println(ForkedJvm.RESULT + JSON.writeValueAsString(values));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a probe result", e);
        }
    }
}
