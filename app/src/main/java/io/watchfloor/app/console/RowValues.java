package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.IncidentState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What one table row says about an alert or an incident in one snapshot, apart from the parts that move with the
 * clock (age, SLA countdown). Pure; any thread. A row is updated in place only when its values change.
 *
 * @param ref        incident number, or alert name
 * @param title      incident short description, or alert summary
 * @param service    the service it is about
 * @param source     the id of the source that owns it
 * @param state      {@code In Progress}, {@code firing}, {@code firing · ack'd}, ...
 * @param owner      assignee, or who acknowledged the alert; empty when nobody
 * @param group      the incident's assignment group; empty for alerts
 * @param since      opened (incident) or started firing (alert)
 * @param urgency    level and attention, for the level column and the default order
 * @param facets     the states the state filter matches against
 * @param searchText lower-case text the search box matches against
 */
record RowValues(String ref, String title, String service, String source, String state, String owner, String group,
                 Instant since, Urgency urgency, Set<StateFacet> facets, String searchText) {

    public RowValues {
        facets = Set.copyOf(facets);
    }

    static RowValues of(Alert a, BoardState board) {
        boolean acked = a.acknowledgement().isPresent();
        boolean silenced = !a.silencedBy().isEmpty() && !acked;
        Set<StateFacet> facets = EnumSet.of(a.firing() ? StateFacet.FIRING : StateFacet.RESOLVED);
        facets.add(acked ? StateFacet.ACKNOWLEDGED : silenced ? StateFacet.SILENCED : StateFacet.UNACKNOWLEDGED);
        String state = !a.firing() ? "resolved" : acked ? "firing \u00b7 ack'd" : silenced
                ? "firing \u00b7 silenced" : "firing";
        String owner = a.acknowledgement().map(k -> k.by()).orElse("");
        String summary = a.summary().isBlank() ? a.name() : a.summary();
        StringJoiner search = new StringJoiner(" ");
        search.add(a.fingerprint()).add(a.name()).add(summary).add(a.service()).add(a.source().value()).add(owner);
        a.labels().forEach((k, v) -> search.add(k + "=" + v));
        return new RowValues(a.name(), summary, a.service(), a.source().value(), state, owner, "", a.startsAt(),
                Urgency.of(a.severity(), board.needsAttention(a), a.firing()), facets, lower(search.toString()));
    }

    static RowValues of(Incident i, BoardState board) {
        boolean acked = acknowledged(i);
        Set<StateFacet> facets = EnumSet.of(lifecycle(i.state()));
        facets.add(acked ? StateFacet.ACKNOWLEDGED : StateFacet.UNACKNOWLEDGED);
        boolean attention = i.state().open() && !acked && !takenOn(i, board);
        String owner = i.assignee().orElse("");
        String group = i.group().orElse("");
        String search = String.join(" ", i.number(), i.id(), i.title(), i.service(), i.source().value(), owner, group,
                stateName(i.state()));
        return new RowValues(i.number(), i.title(), i.service(), i.source().value(), stateName(i.state()), owner, group,
                i.openedAt(), Urgency.of(i.priority(), attention, i.state().open()), facets, lower(search));
    }

    /**
     * Whether someone has taken the incident on: the desk reports an acknowledgement, or (the ServiceNow
     * convention for "acknowledge") it is assigned to a person and in progress or on hold.
     */
    static boolean acknowledged(Incident i) {
        return i.acknowledgement().isPresent() || (i.assignee().isPresent()
                && (i.state() == IncidentState.IN_PROGRESS || i.state() == IncidentState.ON_HOLD));
    }

    /** Whether an acknowledgement or assignment of ours for the incident is pending or was accepted. */
    private static boolean takenOn(Incident i, BoardState board) {
        return board.actions().stream().anyMatch(s -> s.action().target().key().equals(i.key())
                && (s.action().kind() == ActionKind.ACKNOWLEDGE || s.action().kind() == ActionKind.ASSIGN)
                && (s.pending() || s.accepted()));
    }

    static StateFacet lifecycle(IncidentState s) {
        return switch (s) {
            case NEW -> StateFacet.NEW;
            case IN_PROGRESS -> StateFacet.IN_PROGRESS;
            case ON_HOLD -> StateFacet.ON_HOLD;
            case RESOLVED, CLOSED, CANCELED -> StateFacet.RESOLVED;
        };
    }

    /** {@code In Progress}, as the desk's form says it. */
    static String stateName(IncidentState s) {
        return switch (s) {
            case NEW -> "New";
            case IN_PROGRESS -> "In Progress";
            case ON_HOLD -> "On Hold";
            case RESOLVED -> "Resolved";
            case CLOSED -> "Closed";
            case CANCELED -> "Canceled";
        };
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
