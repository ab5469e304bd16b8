package io.watchfloor.simulator.alertmanager;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One label matcher of a silence or a filter: {@code name=value}, {@code !=}, {@code =~} or {@code !~}.
 * Regexes are anchored at both ends, as in Alertmanager. A missing label reads as "". Immutable.
 */
record LabelMatcher(String name, String value, boolean isRegex, boolean isEqual, Pattern pattern) {
    LabelMatcher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Builds a matcher; a bad regex is an {@link IllegalArgumentException}. */
    static LabelMatcher of(String name, String value, boolean isRegex, boolean isEqual) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(isRegex ? "^(?:" + value + ")$" : Pattern.quote(value));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression \"" + value + "\": " + e.getDescription());
        }
        return new LabelMatcher(name, value, isRegex, isEqual, pattern);
    }

    boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        return pattern.matcher(actual).matches() == isEqual;
    }

    /** The same kind of matcher with the same name and value (used to compare silences). */
    boolean sameAs(LabelMatcher other) {
        return name.equals(other.name) && value.equals(other.value) && isRegex == other.isRegex
                && isEqual == other.isEqual;
    }
}
