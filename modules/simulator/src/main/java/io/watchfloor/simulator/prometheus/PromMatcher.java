package io.watchfloor.simulator.prometheus;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A PromQL label matcher ({@code =}, {@code !=}, {@code =~}, {@code !~}); regexes are fully anchored. */
record PromMatcher(String name, String op, String value, Pattern pattern) {

    static PromMatcher of(String name, String op, String value) throws PromQlException {
        try {
            boolean regex = op.endsWith("~");
            return new PromMatcher(name, op, value, Pattern.compile(regex ? "^(?:" + value + ")$" : Pattern.quote(value)));
        } catch (PatternSyntaxException e) {
            throw PromQlException.badData("invalid regular expression in matcher " + name + op + "\"" + value + "\"");
        }
    }

    boolean matches(Map<String, String> labels) {
        boolean hit = pattern.matcher(labels.getOrDefault(name, "")).matches();
        return op.startsWith("!") != hit;
    }

    /** True if the matcher cannot match the empty string (Prometheus needs at least one such matcher). */
    boolean nonEmpty() {
        return !matches(Map.of());
    }
}
