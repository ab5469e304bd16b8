package io.watchfloor.simulator.servicenow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code sysparm_query} encoded query: terms joined by {@code ^} (and), {@code ^OR} (or) and {@code ^NQ}
 * (new query, or-ed), plus {@code ORDERBY}/{@code ORDERBYDESC}. Operators: {@code = != > >= < <= IN NOT IN
 * LIKE NOT LIKE STARTSWITH ENDSWITH ISEMPTY ISNOTEMPTY ANYTHING}. Fields may be dot-walked. As on a real
 * instance, parts that cannot be read, or that name fields the table lacks, are silently ignored.
 * Comparisons use raw values; numbers compare numerically, everything else (dates too) as text.
 */
final class EncodedQuery {
    private static final Pattern TERM = Pattern.compile(
            "([a-z0-9_.]+)(!=|>=|<=|=|>|<|NOT IN|IN|NOT LIKE|LIKE|STARTSWITH|ENDSWITH|ISNOTEMPTY|ISEMPTY|ANYTHING)(.*)",
            Pattern.DOTALL);

    private record Term(String field, String op, String value) {
    }

    private record Order(String field, boolean descending) {
    }

    /** Or-ed queries, each a list of and-ed clauses, each a list of or-ed terms. */
    private final List<List<List<Term>>> queries = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();

    private EncodedQuery() {
    }

    static EncodedQuery parse(String text) {
        EncodedQuery q = new EncodedQuery();
        for (String part : text.split("\\^NQ")) {
            List<List<Term>> clauses = new ArrayList<>();
            for (String piece : part.split("\\^")) {
                q.piece(piece, clauses);
            }
            if (!clauses.isEmpty()) {
                q.queries.add(clauses);
            }
        }
        return q;
    }

    private void piece(String piece, List<List<Term>> clauses) {
        if (piece.startsWith("ORDERBYDESC")) {
            orders.add(new Order(piece.substring("ORDERBYDESC".length()), true));
        } else if (piece.startsWith("ORDERBY")) {
            orders.add(new Order(piece.substring("ORDERBY".length()), false));
        } else if (piece.startsWith("OR") && !clauses.isEmpty()) {
            term(piece.substring(2)).ifPresent(t -> clauses.get(clauses.size() - 1).add(t));
        } else {
            term(piece).ifPresent(t -> clauses.add(new ArrayList<>(List.of(t))));
        }
    }

    private static Optional<Term> term(String text) {
        Matcher m = TERM.matcher(text);
        if (!m.matches() || m.group(3).startsWith("javascript:")) {
            return Optional.empty();
        }
        return Optional.of(new Term(m.group(1), m.group(2), m.group(3)));
    }

    /**
     * The values {@code field} must have for a row to match, when the query says so outright: one query
     * (no {@code ^NQ}) with an and-ed clause that is a single {@code field=value} or {@code fieldINa,b}.
     */
    Optional<Set<String>> onlyValuesOf(String field) {
        if (queries.size() != 1) {
            return Optional.empty();
        }
        for (List<Term> clause : queries.get(0)) {
            Term t = clause.get(0);
            if (clause.size() == 1 && t.field().equals(field) && (t.op().equals("=") || t.op().equals("IN"))) {
                return Optional.of(t.op().equals("=") ? Set.of(t.value()) : Set.copyOf(List.of(t.value().split(","))));
            }
        }
        return Optional.empty();
    }

    boolean matches(TableRow row, TableSnapshot tables) {
        if (queries.isEmpty()) {
            return true;
        }
        return queries.stream().anyMatch(clauses -> clauses.stream()
                .allMatch(terms -> terms.stream().anyMatch(t -> test(t, row, tables))));
    }

    /** Applies the ORDERBY parts (stable: unordered rows keep the table's order). */
    List<TableRow> sort(List<TableRow> rows, TableSnapshot tables) {
        List<TableRow> sorted = new ArrayList<>(rows);
        Comparator<TableRow> order = (a, b) -> 0;
        for (Order o : orders) {
            Comparator<TableRow> by = (a, b) -> compare(raw(a, o.field(), tables).orElse(""),
                    raw(b, o.field(), tables).orElse(""));
            order = order.thenComparing(o.descending() ? by.reversed() : by);
        }
        sorted.sort(order);
        return sorted;
    }

    private static boolean test(Term t, TableRow row, TableSnapshot tables) {
        Optional<String> found = raw(row, t.field(), tables);
        if (found.isEmpty()) {
            return true;
        }
        String v = found.get();
        switch (t.op()) {
            case "=": return v.equals(t.value());
            case "!=": return !v.equals(t.value());
            case ">": return compare(v, t.value()) > 0;
            case ">=": return compare(v, t.value()) >= 0;
            case "<": return compare(v, t.value()) < 0;
            case "<=": return compare(v, t.value()) <= 0;
            case "IN": return List.of(t.value().split(",")).contains(v);
            case "NOT IN": return !List.of(t.value().split(",")).contains(v);
            case "LIKE": return lower(v).contains(lower(t.value()));
            case "NOT LIKE": return !lower(v).contains(lower(t.value()));
            case "STARTSWITH": return lower(v).startsWith(lower(t.value()));
            case "ENDSWITH": return lower(v).endsWith(lower(t.value()));
            case "ISEMPTY": return v.isEmpty();
            case "ISNOTEMPTY": return !v.isEmpty();
            default: return true;
        }
    }

    private static Optional<String> raw(TableRow row, String field, TableSnapshot tables) {
        return tables.resolve(row, field).map(Field::value);
    }

    private static int compare(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
