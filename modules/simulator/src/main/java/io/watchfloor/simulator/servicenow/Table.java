package io.watchfloor.simulator.servicenow;

import java.time.Instant;
import java.util.List;

/** A readable table of the simulated instance. Called under the simulator lock. */
interface Table {
    String name();

    /** All records as of {@code now}, in the table's natural order. */
    List<TableRow> rows(Instant now);
}
