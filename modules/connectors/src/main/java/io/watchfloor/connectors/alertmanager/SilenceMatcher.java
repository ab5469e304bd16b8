package io.watchfloor.connectors.alertmanager;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One label matcher of an Alertmanager silence: {@code name="value"}, {@code name=~"regex"} and their
 * negations ({@code equal = false}). Immutable.
 *
 * @param name  the label name
 * @param value the value, or a regular expression when {@code regex}
 * @param regex whether {@code value} is a regular expression (Alertmanager's {@code isRegex})
 * @param equal false for {@code !=} / {@code !~} (Alertmanager's {@code isEqual})
 */
public record SilenceMatcher(String name, String value, boolean regex, boolean equal) {
    public SilenceMatcher {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("matcher name must not be blank");
        }
        Objects.requireNonNull(value, "value");
    }

    /** {@code name="value"}. */
    public static SilenceMatcher exact(String name, String value) {
        return new SilenceMatcher(name, value, false, true);
    }

    /**
     * Whether this matcher matches a label set as Alertmanager evaluates it: a missing label reads as
     * "", a regular expression must match the whole value. An invalid regular expression matches nothing.
     */
    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        boolean hit;
        if (regex) {
            try {
                hit = Pattern.compile("^(?:" + value + ")$").matcher(actual).matches();
            } catch (PatternSyntaxException e) {
                return false;
            }
        } else {
            hit = actual.equals(value);
        }
        return hit == equal;
    }

    /** {@code name=~"regex"}. */
    public static SilenceMatcher matchingRegex(String name, String regex) {
        return new SilenceMatcher(name, regex, true, true);
    }
}
