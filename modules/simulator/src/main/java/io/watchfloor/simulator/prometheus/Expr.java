package io.watchfloor.simulator.prometheus;

import java.time.Duration;
import java.util.List;

/** The PromQL subset the simulator evaluates. */
sealed interface Expr {

    /** A number literal: a scalar. */
    record Number(double value) implements Expr {
    }

    /** An instant-vector selector: {@code metric{label="v",...}}. */
    record Selector(List<PromMatcher> matchers) implements Expr {
        public Selector {
            matchers = List.copyOf(matchers);
        }
    }

    /** A range-vector selector: {@code selector[5m]}. */
    record Range(Selector selector, Duration window) implements Expr {
    }

    /** {@code avg|min|max|sum|count _over_time(range)}. */
    record OverTime(String function, Range range) implements Expr {
    }

    /** {@code avg|min|max|sum|count [by (labels)] (expr)}. */
    record Aggregation(String op, List<String> by, Expr arg) implements Expr {
        public Aggregation {
            by = List.copyOf(by);
        }
    }

    /** {@code expr * number}, {@code expr / number}, {@code number * expr}. */
    record Scale(Expr arg, String op, double factor) implements Expr {
    }
}
