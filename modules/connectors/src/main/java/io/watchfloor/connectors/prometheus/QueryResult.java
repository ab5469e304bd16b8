package io.watchfloor.connectors.prometheus;

import java.util.List;

/** An instant query's vector and the {@code warnings} Prometheus attached to it. */
record QueryResult(List<Sample> samples, List<String> warnings) {
    QueryResult {
        samples = List.copyOf(samples);
        warnings = List.copyOf(warnings);
    }
}
