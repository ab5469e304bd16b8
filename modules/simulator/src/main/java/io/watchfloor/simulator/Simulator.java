package io.watchfloor.simulator;

import io.watchfloor.simulator.alertmanager.AlertmanagerApi;
import io.watchfloor.simulator.http.HttpHost;
import io.watchfloor.simulator.http.Router;
import io.watchfloor.simulator.prometheus.PrometheusApi;
import io.watchfloor.simulator.scenario.AlertPopulation;
import io.watchfloor.simulator.scenario.Directory;
import io.watchfloor.simulator.scenario.EstateCatalog;
import io.watchfloor.simulator.scenario.IncidentPopulation;
import io.watchfloor.simulator.scenario.ScenarioPlan;
import io.watchfloor.simulator.scenario.SimTime;
import io.watchfloor.simulator.scenario.World;
import io.watchfloor.simulator.servicenow.ServiceNowApi;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded NOC on loopback: Alertmanager v2, Prometheus query API and ServiceNow Table API on one
 * port of 127.0.0.1, over a simulated retail estate (see the package documentation for the scenario).
 *
 * <p>Threads: a fixed pool of daemon threads {@code wf-sim-http-N} serves requests; every request and
 * every {@link ScenarioControl} call runs under one lock, so state is consistent and writes are ordered.
 * The public methods are thread-safe. {@link #close()} stops the server and its threads.
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

    private final HttpHost host;
    private final Estate estate;
    private final Ledger ledger;
    private final ScenarioControl control;

    private Simulator(HttpHost host, Estate estate, Ledger ledger, ScenarioControl control) {
        this.host = host;
        this.estate = estate;
        this.ledger = ledger;
        this.control = control;
    }

    /** Binds the port, builds the scenario from {@code options} and starts serving. */
    public static Simulator start(SimulatorOptions options) throws IOException {
        SimulatorScale scale = options.scale();
        EstateCatalog catalog = EstateCatalog.scaled(scale.services());
        Directory directory = new Directory();
        SimTime time = new SimTime(options.clock(), options.speed());
        ScenarioPlan plan = options.mode() == ScenarioMode.LIVE
                ? ScenarioPlan.live(options.seed(), time.start(), catalog, directory) : ScenarioPlan.empty();
        World world = new World(options.seed(), time, catalog, directory, plan,
                new AlertPopulation(options.seed(), time.start(), catalog, scale.alerts(), scale.churnPerSecond()),
                IncidentPopulation.generate(options.seed(), time.start(), catalog, directory, scale.incidents()));
        HttpHost host = HttpHost.bind(options.port());
        Router router = new Router();
        new AlertmanagerApi(world, host.baseUrl()).register(router);
        new PrometheusApi(world).register(router);
        new ServiceNowApi(world, host.baseUrl()).register(router);
        Ledger ledger = new Ledger();
        Lock lock = new ReentrantLock();
        host.start(router, lock, world::now,
                (at, method, path, query, body) -> ledger.add(new LedgerEntry(at, method, path, query, body)));
        LOG.info("simulator serving {} (seed {}, speed {}, {} mode, t0 {}{})", host.baseUrl(), options.seed(),
                options.speed(), options.mode(), time.start(), scale.isStandard() ? "" : ", " + describe(scale));
        return new Simulator(host, new Estate(catalog), ledger, new WorldControl(world, lock));
    }

    private static String describe(SimulatorScale scale) {
        return scale.services() + " services, " + scale.alerts() + " population alerts, " + scale.incidents()
                + " population incidents, churn " + scale.churnPerSecond() + "/s";
    }

    /** {@code http://127.0.0.1:PORT}: the base URL of all three APIs. */
    public URI baseUrl() {
        return host.baseUrl();
    }

    public int port() {
        return host.port();
    }

    public Estate estate() {
        return estate;
    }

    public Ledger ledger() {
        return ledger;
    }

    public ScenarioControl control() {
        return control;
    }

    @Override
    public void close() {
        host.close();
        LOG.info("simulator at {} stopped", host.baseUrl());
    }
}
