package io.watchfloor.app.console;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the operator asked the list to show: a search text and the chosen kinds, levels, services, sources and
 * states. An empty set means "any". Immutable; {@link #test} is a pure function of the row's current values.
 *
 * <p>The search text is split at white space and every word must occur (case-insensitive) in the row's id,
 * number, name, title or summary, service, source, assignee, group, labels or fingerprint.
 *
 * @param text     the search box's text
 * @param kinds    incidents and/or alerts
 * @param levels   urgency levels 0 (critical / P1) .. 4 (info / P5)
 * @param services service names
 * @param sources  source ids
 * @param states   state facets, matched per group ({@link StateFacet#matches})
 */
record ConsoleFilter(String text, Set<ConsoleRow.Kind> kinds, Set<Integer> levels, Set<String> services,
                     Set<String> sources, Set<StateFacet> states) implements Predicate<ConsoleRow> {
    /** Shows everything. */
    static final ConsoleFilter ALL = new ConsoleFilter("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    ConsoleFilter {
        text = text == null ? "" : text;
        kinds = Set.copyOf(kinds);
        levels = Set.copyOf(levels);
        services = Set.copyOf(services);
        sources = Set.copyOf(sources);
        states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    @Override
    public boolean test(ConsoleRow row) {
        RowValues v = row.values();
        return (kinds.isEmpty() || kinds.contains(row.kind()))
                && (levels.isEmpty() || levels.contains(v.urgency().level()))
                && (services.isEmpty() || services.contains(v.service()))
                && (sources.isEmpty() || sources.contains(v.source()))
                && StateFacet.matches(states, v.facets())
                && words().stream().allMatch(w -> v.searchText().contains(w));
    }

    private List<String> words() {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    /** Whether it shows everything. */
    boolean showsAll() {
        return text.isBlank() && kinds.isEmpty() && levels.isEmpty() && services.isEmpty() && sources.isEmpty()
                && states.isEmpty();
    }

    ConsoleFilter withText(String t) {
        return new ConsoleFilter(t, kinds, levels, services, sources, states);
    }

    ConsoleFilter withKinds(Set<ConsoleRow.Kind> k) {
        return new ConsoleFilter(text, k, levels, services, sources, states);
    }

    ConsoleFilter withLevels(Set<Integer> l) {
        return new ConsoleFilter(text, kinds, l, services, sources, states);
    }

    ConsoleFilter withServices(Set<String> s) {
        return new ConsoleFilter(text, kinds, levels, s, sources, states);
    }

    ConsoleFilter withSources(Set<String> s) {
        return new ConsoleFilter(text, kinds, levels, services, s, states);
    }

    ConsoleFilter withStates(Set<StateFacet> s) {
        return new ConsoleFilter(text, kinds, levels, services, sources, s);
    }
}
