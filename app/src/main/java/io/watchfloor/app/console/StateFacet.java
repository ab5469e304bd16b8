package io.watchfloor.app.console;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states the console filters rows by. Facets fall into two groups: where the row is in its lifecycle
 * (firing, new, in progress, ...) and whether someone took it on (acknowledged, unacknowledged, silenced). A
 * filter matches a row when, for every group in which the filter names any facet, the row has one of those
 * facets: "firing" + "unack'd" means firing AND unacknowledged, "new" + "in progress" means either. Immutable.
 */
enum StateFacet {
    FIRING("firing", Group.LIFECYCLE),
    NEW("new", Group.LIFECYCLE),
    IN_PROGRESS("in progress", Group.LIFECYCLE),
    ON_HOLD("on hold", Group.LIFECYCLE),
    RESOLVED("resolved / closed", Group.LIFECYCLE),
    UNACKNOWLEDGED("unack'd", Group.ACKNOWLEDGEMENT),
    ACKNOWLEDGED("ack'd", Group.ACKNOWLEDGEMENT),
    SILENCED("silenced", Group.ACKNOWLEDGEMENT);

    /** The two independent dimensions of state. */
    enum Group {
        LIFECYCLE,
        ACKNOWLEDGEMENT
    }

    private final String label;
    private final Group group;

    StateFacet(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    String label() {
        return label;
    }

    Group group() {
        return group;
    }

    /** Whether a row with facets {@code has} passes a filter asking for {@code wanted} (empty = anything). */
    static boolean matches(Set<StateFacet> wanted, Set<StateFacet> has) {
        for (Group g : Group.values()) {
            Set<StateFacet> inGroup = EnumSet.noneOf(StateFacet.class);
            wanted.stream().filter(f -> f.group == g).forEach(inGroup::add);
            if (!inGroup.isEmpty() && inGroup.stream().noneMatch(has::contains)) {
                return false;
            }
        }
        return true;
    }
}
