/**
 * The escalation matrix with rules: levels and who they are
 * ({@link io.watchfloor.core.escalation.EscalationLevel}), rules
 * ({@link io.watchfloor.core.escalation.EscalationRule}), peak trading windows that tighten them
 * ({@link io.watchfloor.core.escalation.PeakWindow}), and the evaluator that proposes an escalation
 * with its reason and forecasts the next one
 * ({@link io.watchfloor.core.escalation.EscalationEvaluator}).
 *
 * <p>Pure functions of their inputs: the evaluator only proposes; performing an escalation through
 * the desk (when {@link io.watchfloor.core.escalation.EscalationPolicy#autoEscalate()} says so) is the
 * engine's job. Every instant is passed in by the caller. All types are immutable and thread-safe.
 */
package io.watchfloor.core.escalation;
