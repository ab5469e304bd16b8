package io.watchfloor.simulator.servicenow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A readable table of the simulated instance. Called under the simulator lock. */
interface Table {
    String name();

    /** All records as of {@code now}, in the table's natural order. */
    List<TableRow> rows(Instant now);

    /**
     * The records {@code query} can match, in the table's natural order, when the table can narrow them
     * down without building every row (the query still decides which of them match); empty: all
     * {@link #rows}.
     */
    default Optional<List<TableRow>> candidates(EncodedQuery query, Instant now) {
        return Optional.empty();
    }
}
