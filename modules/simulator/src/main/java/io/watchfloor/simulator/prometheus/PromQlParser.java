package io.watchfloor.simulator.prometheus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the PromQL subset of {@link Expr}: selectors with label matchers, {@code *_over_time} of a range
 * selector, {@code avg|min|max|sum|count [by (..)]} aggregations and scaling by a number. Anything else
 * is refused with a {@code bad_data} error that says what is supported.
 */
final class PromQlParser {
    static final String SUPPORTED = "the simulator understands only: selectors metric{label=\"v\",label=~\"re\"}, "
            + "avg_over_time|min_over_time|max_over_time|sum_over_time|count_over_time(selector[duration]), "
            + "avg|min|max|sum|count [by (labels)] (expr), and expr * number or expr / number";
    private static final Set<String> AGGREGATIONS = Set.of("avg", "min", "max", "sum", "count");
    private static final Set<String> OVER_TIME = Set.of("avg_over_time", "min_over_time", "max_over_time",
            "sum_over_time", "count_over_time");

    private final String src;
    private int pos;

    private PromQlParser(String src) {
        this.src = src;
    }

    static Expr parse(String query) throws PromQlException {
        PromQlParser p = new PromQlParser(query);
        p.skipSpace();
        if (p.atEnd()) {
            throw PromQlException.badData("parse error: no expression found in input");
        }
        Expr e = p.expr();
        p.skipSpace();
        if (!p.atEnd()) {
            throw p.unexpected();
        }
        return e;
    }

    private Expr expr() throws PromQlException {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (atEnd() || (peek() != '*' && peek() != '/')) {
                if (!atEnd() && "+-<>=!%^".indexOf(peek()) >= 0) {
                    throw unsupported("binary operator '" + peek() + "'");
                }
                return left;
            }
            String op = String.valueOf(src.charAt(pos++));
            Expr right = unary();
            left = combine(left, op, right);
        }
    }

    private static Expr combine(Expr left, String op, Expr right) throws PromQlException {
        if (left instanceof Expr.Number && right instanceof Expr.Number) {
            double a = ((Expr.Number) left).value();
            double b = ((Expr.Number) right).value();
            return new Expr.Number(op.equals("*") ? a * b : a / b);
        }
        if (right instanceof Expr.Number) {
            return new Expr.Scale(left, op, ((Expr.Number) right).value());
        }
        if (left instanceof Expr.Number && op.equals("*")) {
            return new Expr.Scale(right, op, ((Expr.Number) left).value());
        }
        throw unsupported("binary '" + op + "' between two vectors");
    }

    private Expr unary() throws PromQlException {
        skipSpace();
        if (atEnd()) {
            throw PromQlException.badData("parse error: unexpected end of input");
        }
        char c = peek();
        if (c == '(') {
            pos++;
            Expr inner = expr();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '.') {
            return new Expr.Number(number());
        }
        if (c == '{') {
            return rangeSuffix(new Expr.Selector(matchers(null)));
        }
        if (Character.isLetter(c) || c == '_' || c == ':') {
            return named(ident());
        }
        throw unexpected();
    }

    private Expr named(String name) throws PromQlException {
        skipSpace();
        if (AGGREGATIONS.contains(name) && (lookingAt("(") || lookingAtWord("by") || lookingAtWord("without"))) {
            return aggregation(name);
        }
        if (lookingAt("(")) {
            if (!OVER_TIME.contains(name)) {
                throw unsupported("function " + name + "()");
            }
            pos++;
            Expr arg = unary();
            expect(')');
            if (!(arg instanceof Expr.Range)) {
                throw PromQlException.badData("expected type range vector in call to function \"" + name
                        + "\", got instant vector");
            }
            return new Expr.OverTime(name, (Expr.Range) arg);
        }
        return rangeSuffix(new Expr.Selector(matchers(name)));
    }

    private Expr aggregation(String op) throws PromQlException {
        List<String> by = grouping(List.of());
        expect('(');
        Expr arg = expr();
        expect(')');
        by = grouping(by);
        return new Expr.Aggregation(op, by, arg);
    }

    private List<String> grouping(List<String> current) throws PromQlException {
        skipSpace();
        if (lookingAtWord("without")) {
            throw unsupported("'without' grouping");
        }
        if (!lookingAtWord("by")) {
            return current;
        }
        pos += 2;
        expect('(');
        List<String> labels = new ArrayList<>();
        skipSpace();
        while (!lookingAt(")")) {
            labels.add(ident());
            skipSpace();
            if (lookingAt(",")) {
                pos++;
                skipSpace();
            }
        }
        expect(')');
        return labels;
    }

    private Expr rangeSuffix(Expr.Selector selector) throws PromQlException {
        if (selector.matchers().stream().noneMatch(PromMatcher::nonEmpty)) {
            throw PromQlException.badData("vector selector must contain at least one non-empty matcher");
        }
        skipSpace();
        if (lookingAtWord("offset") || lookingAt("@")) {
            throw unsupported("offset and @ modifiers");
        }
        if (!lookingAt("[")) {
            return selector;
        }
        int close = src.indexOf(']', pos);
        if (close < 0) {
            throw PromQlException.badData("parse error: unclosed range selector");
        }
        String text = src.substring(pos + 1, close).trim();
        if (text.contains(":")) {
            throw unsupported("subqueries");
        }
        Duration window = PromDuration.parse(text).filter(d -> !d.isZero())
                .orElseThrow(() -> PromQlException.badData("parse error: bad duration \"" + text + "\" in range selector"));
        pos = close + 1;
        return new Expr.Range(selector, window);
    }

    private List<PromMatcher> matchers(String metric) throws PromQlException {
        List<PromMatcher> out = new ArrayList<>();
        if (metric != null) {
            out.add(PromMatcher.of("__name__", "=", metric));
        }
        skipSpace();
        if (!lookingAt("{")) {
            return out;
        }
        pos++;
        skipSpace();
        while (!lookingAt("}")) {
            String name = ident();
            skipSpace();
            String op = lookingAt("=~") ? "=~" : lookingAt("!~") ? "!~" : lookingAt("!=") ? "!=" : lookingAt("=") ? "=" : "";
            if (op.isEmpty()) {
                throw unexpected();
            }
            pos += op.length();
            skipSpace();
            out.add(PromMatcher.of(name, op, string()));
            skipSpace();
            if (lookingAt(",")) {
                pos++;
                skipSpace();
            } else if (!lookingAt("}")) {
                throw unexpected();
            }
        }
        pos++;
        return out;
    }

    private String string() throws PromQlException {
        if (atEnd() || (peek() != '"' && peek() != '\'' && peek() != '`')) {
            throw unexpected();
        }
        char quote = src.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (!atEnd() && peek() != quote) {
            char c = src.charAt(pos++);
            if (c == '\\' && quote != '`' && !atEnd()) {
                char next = src.charAt(pos++);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        expect(quote);
        return out.toString();
    }

    private double number() throws PromQlException {
        int start = pos;
        while (!atEnd() && (Character.isDigit(peek()) || ".eE".indexOf(peek()) >= 0
                || ((peek() == '+' || peek() == '-') && pos > start && "eE".indexOf(src.charAt(pos - 1)) >= 0))) {
            pos++;
        }
        try {
            return Double.parseDouble(src.substring(start, pos));
        } catch (NumberFormatException e) {
            throw PromQlException.badData("parse error: bad number \"" + src.substring(start, pos) + "\"");
        }
    }

    private String ident() throws PromQlException {
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == ':')) {
            pos++;
        }
        if (start == pos) {
            throw unexpected();
        }
        return src.substring(start, pos);
    }

    private void expect(char c) throws PromQlException {
        skipSpace();
        if (atEnd() || peek() != c) {
            throw PromQlException.badData("parse error at char " + (pos + 1) + ": expected '" + c + "'"
                    + (atEnd() ? " before end of input" : ", found '" + peek() + "'"));
        }
        pos++;
    }

    private boolean lookingAt(String s) {
        return src.startsWith(s, pos);
    }

    private boolean lookingAtWord(String word) {
        return src.startsWith(word, pos) && (pos + word.length() == src.length()
                || !Character.isLetterOrDigit(src.charAt(pos + word.length())));
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private char peek() {
        return src.charAt(pos);
    }

    private PromQlException unexpected() {
        return atEnd() ? PromQlException.badData("parse error: unexpected end of input")
                : PromQlException.badData("parse error at char " + (pos + 1) + ": unexpected character '" + peek() + "'");
    }

    private static PromQlException unsupported(String what) {
        return PromQlException.badData("unsupported query: " + what + " is not supported; " + SUPPORTED);
    }
}
