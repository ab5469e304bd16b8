package io.watchfloor.connectors.alertmanager;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    /** Label names every Alertmanager version parses unquoted in a {@code filter} (the classic parser's). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

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

    /**
     * This matcher as a {@code filter} expression of {@code GET /api/v2/silences} ({@code name="value"},
     * {@code !=}, {@code =~}, {@code !~}, the value quoted with {@code \\}, {@code \"} and {@code \n} escaped).
     * Alertmanager returns the silences that have a matcher of the same name, operator and value. Empty for a
     * label name older Alertmanagers cannot parse unquoted: leave such a matcher out of the filter (the
     * answer is then a superset).
     */
    public Optional<String> asFilter() {
        if (!PLAIN_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String op = (equal ? "=" : "!") + (regex ? "~" : equal ? "" : "=");
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"') {
                quoted.append('\\').append(c);
            } else if (c == '\n') {
                quoted.append("\\n");
            } else {
                quoted.append(c);
            }
        }
        return Optional.of(name + op + quoted.append('"'));
    }
}
