package io.watchfloor.simulator.scenario;

import java.time.Instant;

/** A deterministic, endless generator of planned events, emitted in order of their start instants. */
interface PlanGenerator {
    /** Start of the next item this generator will emit. */
    Instant nextStart();

    /** Emits the next item (and everything that belongs to it) into {@code sink}, then advances. */
    void emitNext(PlanSink sink);
}
