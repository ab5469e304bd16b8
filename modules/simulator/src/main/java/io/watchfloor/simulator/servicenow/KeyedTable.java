package io.watchfloor.simulator.servicenow;

import java.time.Instant;
import java.util.Optional;

/** A table that finds one record by sys_id without building every row. Called under the simulator lock. */
interface KeyedTable extends Table {
    /** The record with this sys_id as of {@code now}. */
    Optional<TableRow> row(String sysId, Instant now);
}
