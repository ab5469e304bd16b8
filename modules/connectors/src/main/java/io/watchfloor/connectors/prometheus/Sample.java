package io.watchfloor.connectors.prometheus;

import java.util.Map;

/**
 * One element of an instant-vector result: the series' labels (without {@code __name__}, which
 * {@code *_over_time} functions drop) and its value, which may be NaN or infinite.
 */
record Sample(Map<String, String> labels, double value) {
    Sample {
        labels = Map.copyOf(labels);
    }
}
