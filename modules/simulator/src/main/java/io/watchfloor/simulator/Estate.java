package io.watchfloor.simulator;

import io.watchfloor.core.Service;
import io.watchfloor.simulator.scenario.EstateCatalog;
import java.util.List;
import java.util.Optional;

/**
 * The services the simulator models: 36 services of a retail e-commerce business across eu-west,
 * us-east, ap-south and global, followed by regional copies of them when {@link SimulatorScale#services()}
 * asks for more. Names are the slugs of the display names (ADR 0004), unique. Immutable.
 */
public final class Estate {
    private final EstateCatalog catalog;

    Estate(EstateCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every service, in catalog order. */
    public List<Service> services() {
        return catalog.services();
    }

    /** The service with this name. */
    public Optional<Service> find(String name) {
        return catalog.find(name).map(p -> p.service());
    }
}
