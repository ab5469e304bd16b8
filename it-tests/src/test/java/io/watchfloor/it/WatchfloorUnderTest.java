package io.watchfloor.it;

import io.watchfloor.connectors.Connectors;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
import io.watchfloor.core.Service;
import io.watchfloor.engine.Engine;
import io.watchfloor.engine.Engines;
import io.watchfloor.engine.action.ActionRequests;
import io.watchfloor.engine.action.ActionService;
import io.watchfloor.engine.config.WatchfloorConfig;
import io.watchfloor.engine.outbox.Backoff;
import io.watchfloor.engine.outbox.OutboxDispatcher;
import io.watchfloor.store.LocalDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The production path under test: {@link Engines#fromConfig} (connectors chosen by type), a started
 * {@link Engine} and an {@link ActionService} over a real local database (durable outbox, audit trail)
 * and outbox dispatcher, on the system clock (the servers run on real time). Closed by the test that
 * made it.
 */
final class WatchfloorUnderTest implements AutoCloseable {
    static final Operator OPERATOR = new Operator("night-op", Role.LEAD);

    final Engine engine;
    final ActionService actions;
    private final LocalDatabase db;
    private final OutboxDispatcher dispatcher;

    private WatchfloorUnderTest(Engine engine, ActionService actions, LocalDatabase db, OutboxDispatcher dispatcher) {
        this.engine = engine;
        this.actions = actions;
        this.db = db;
        this.dispatcher = dispatcher;
    }

    /** Starts the engine on these sources; {@code secrets} stands in for the environment. */
    static WatchfloorUnderTest start(List<SourceConfig> sources, Map<String, String> secrets, Path dataDir) throws Exception {
        return start(sources, List.of(), secrets, dataDir);
    }

    /** Starts the engine on these sources with this service catalog. */
    static WatchfloorUnderTest start(List<SourceConfig> sources, List<Service> services, Map<String, String> secrets,
                                     Path dataDir) throws Exception {
        Clock clock = Clock.systemUTC();
        Engine engine = Engines.fromConfig(new WatchfloorConfig(sources, services), Connectors.sharedClient(), clock,
                name -> Optional.ofNullable(secrets.get(name)));
        engine.start();
        LocalDatabase db = LocalDatabase.open(dataDir);
        OutboxDispatcher dispatcher = new OutboxDispatcher(db.outbox(), engine.actionConnectors(), engine, db.audit(),
                clock, Backoff.standard(), 2, Duration.ofMillis(100));
        dispatcher.start();
        ActionService actions = new ActionService(OPERATOR,
                new ActionRequests(OPERATOR, clock, EscalationMatrix.DEFAULT, Duration.ofMinutes(30)),
                engine.actionConnectors(), engine, db.audit(), dispatcher, clock);
        return new WatchfloorUnderTest(engine, actions, db, dispatcher);
    }

    BoardState board() {
        return engine.feed().current();
    }

    @Override
    public void close() {
        actions.close();
        dispatcher.close();
        engine.close();
        db.close();
    }
}
