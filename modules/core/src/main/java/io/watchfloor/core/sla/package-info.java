/**
 * SLA clocks computed from policy: business calendars ({@link io.watchfloor.core.sla.BusinessCalendar}),
 * policies per priority and service ({@link io.watchfloor.core.sla.SlaPolicy},
 * {@link io.watchfloor.core.sla.SlaPolicies}), the clock computation
 * ({@link io.watchfloor.core.sla.SlaComputer}) with its urgency level
 * ({@link io.watchfloor.core.sla.SlaLevel}), and MTTA/MTTR reporting
 * ({@link io.watchfloor.core.sla.ResponseMetrics}).
 *
 * <p>Pure functions of their inputs: no IO, no threads, no clock reading. Every instant
 * ({@code now}) is passed in by the caller, who takes it from an injected {@link java.time.Clock}.
 * All types are immutable and thread-safe.
 */
package io.watchfloor.core.sla;
