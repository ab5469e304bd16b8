package io.watchfloor.engine.outbox;

import io.watchfloor.engine.Engine;
import io.watchfloor.store.LocalDatabase;
import io.watchfloor.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/** Builds the outbox dispatcher tests use: seeded jitter, a short tick, two lanes. */
public final class TestOutbox {
    private TestOutbox() {
    }

    /** A started dispatcher over the database's outbox and audit trail. */
    public static OutboxDispatcher dispatcher(LocalDatabase db, Engine engine, Clock clock) throws StoreException {
        OutboxDispatcher d = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(), clock,
                new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new Random(7)), 2, Duration.ofMillis(50));
        d.start();
        return d;
    }
}
