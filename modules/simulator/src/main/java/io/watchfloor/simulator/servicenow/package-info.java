/**
 * ServiceNow Table API of the simulator: the incident table (scenario scripts folded with operator
 * writes), task_sla computed from each incident's history, read-only reference tables, encoded queries,
 * display values, paging headers and ServiceNow's error bodies.
 */
package io.watchfloor.simulator.servicenow;
