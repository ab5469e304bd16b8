package io.watchfloor.bench.load;

import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.simulator.SimulatorScale;
import java.time.Clock;

/**
 * The loads of the suite, as simulator scales. The stress load is the issue's: 10,000 active alerts and 500
 * open incidents, 100 alert changes per second, on an estate of 100 services; in SCRIPTED mode, so the
 * counts are exact (no scenario on top). The standard load is the demo: the live scenario on 36 services.
 */
public final class LoadProfile {
    /** Alerts firing at every instant under stress. */
    public static final int STRESS_ALERTS = 10_000;
    /** Open incidents under stress. */
    public static final int STRESS_INCIDENTS = 500;
    /** Alert changes (one resolved, one new) per second under stress. */
    public static final int STRESS_CHURN = 100;
    /** Services in the stress estate. */
    public static final int STRESS_SERVICES = 100;

    private LoadProfile() {
    }

    /** The stress scale, with churn. */
    public static SimulatorScale stress() {
        return SimulatorScale.standard().withServices(STRESS_SERVICES).withAlerts(STRESS_ALERTS)
                .withIncidents(STRESS_INCIDENTS).withChurn(STRESS_CHURN);
    }

    /** A simulator at the stress scale (SCRIPTED: the population alone), on {@code clock}. */
    public static SimulatorOptions stressSimulator(Clock clock) {
        return SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED).withScale(stress());
    }

    /** The demo: the live scenario at the standard scale, on {@code clock}. */
    public static SimulatorOptions standardSimulator(Clock clock) {
        return SimulatorOptions.defaults().withClock(clock);
    }

    /** The stress estate with nothing going on: its services only (the idle board). */
    public static SimulatorOptions idleSimulator(Clock clock) {
        return SimulatorOptions.defaults().withClock(clock).withMode(ScenarioMode.SCRIPTED)
                .withScale(SimulatorScale.standard().withServices(STRESS_SERVICES));
    }
}
