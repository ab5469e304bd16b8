package io.watchfloor.simulator.prometheus;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored time series: its labels (with {@code __name__}) and the service whose probe drives it.
 * Both {@code probe_success} and {@code up} follow the service's outages.
 */
record Series(SortedMap<String, String> labels, String service) {
    Series {
        labels = new TreeMap<>(labels);
    }

    boolean matches(List<PromMatcher> matchers) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** The labels without {@code __name__}, as functions and arithmetic return them. */
    Map<String, String> withoutName() {
        SortedMap<String, String> copy = new TreeMap<>(labels);
        copy.remove("__name__");
        return copy;
    }
}
