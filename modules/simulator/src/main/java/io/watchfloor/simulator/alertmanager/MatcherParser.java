package io.watchfloor.simulator.alertmanager;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the {@code filter} query values of Alertmanager: {@code name="value"}, {@code name!="v"},
 * {@code name=~"re"}, {@code name!~"re"}; braces and unquoted values are accepted, several matchers may be
 * comma-separated inside braces. Errors are {@link IllegalArgumentException}s with Alertmanager's wording.
 */
final class MatcherParser {
    private MatcherParser() {
    }

    static List<LabelMatcher> parse(String filter) {
        String text = filter.trim();
        if (text.startsWith("{") && text.endsWith("}")) {
            text = text.substring(1, text.length() - 1);
        }
        List<LabelMatcher> matchers = new ArrayList<>();
        for (String part : splitOutsideQuotes(text)) {
            if (!part.isBlank()) {
                matchers.add(one(part.trim(), filter));
            }
        }
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("bad matcher format: " + filter);
        }
        return matchers;
    }

    private static LabelMatcher one(String text, String whole) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        String name = text.substring(0, i);
        String rest = text.substring(i).trim();
        String op = rest.startsWith("=~") ? "=~" : rest.startsWith("!~") ? "!~" : rest.startsWith("!=") ? "!="
                : rest.startsWith("=") ? "=" : "";
        if (name.isEmpty() || op.isEmpty()) {
            throw new IllegalArgumentException("bad matcher format: " + whole);
        }
        String value = unquote(rest.substring(op.length()).trim(), whole);
        return LabelMatcher.of(name, value, op.endsWith("~"), op.startsWith("="));
    }

    private static String unquote(String value, String whole) {
        if (!value.startsWith("\"")) {
            return value;
        }
        if (value.length() < 2 || !value.endsWith("\"")) {
            throw new IllegalArgumentException("bad matcher format: " + whole);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> splitOutsideQuotes(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
