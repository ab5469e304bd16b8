/**
 * SLA clocks and escalations in the engine: every snapshot, the {@link io.watchfloor.engine.sla.SlaStage}
 * (on the engine's writer thread) computes Watchfloor's own clocks where a desk has none, grades every clock,
 * evaluates the escalation rules per open incident and, when the config says so, performs due escalations
 * through the console's action path as the system operator; the
 * {@link io.watchfloor.engine.sla.MetricsLoader} (on {@code wf-metrics}) reads MTTA/MTTR from the incident
 * history and hands them to the writer.
 */
package io.watchfloor.engine.sla;
