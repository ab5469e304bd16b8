package io.watchfloor.simulator;

/**
 * How big the simulated NOC is: the load knobs for benchmarks and soak runs. Immutable.
 *
 * <p>{@link #standard()} is the simulator as it always was: the 36 services of the retail estate and only
 * the scenario's own alerts and incidents. The other knobs add a <em>population</em> on top of the scenario
 * (LIVE or SCRIPTED alike): alerts and incidents that look like the scenario's (real label sets with
 * fingerprints, summaries, runbook links; desk records with assignment, journal and SLA clocks) but exist
 * only to make the NOC big. The population is a pure function of (seed, t0, t) like the rest of the world,
 * so a scaled simulator is as deterministic as a standard one.
 *
 * @param services       services in the estate, at least the 36 of the standard estate (which the scenario
 *                       names); the rest are regional copies of them ("Checkout EU Central", ...)
 * @param alerts         population alerts firing at every instant, in addition to the scenario's
 * @param incidents      population incidents open (New, In Progress or On Hold) throughout, opened before t0,
 *                       in addition to the scenario's
 * @param churnPerSecond population alerts replaced per second: each replacement resolves one alert (it
 *                       vanishes from {@code GET /api/v2/alerts}) and fires another with a new label set, so
 *                       the count stays at {@code alerts}; replacements are spread evenly over time. 0 keeps
 *                       the same population for the whole run.
 */
public record SimulatorScale(int services, int alerts, int incidents, double churnPerSecond) {
    /** Services of the standard retail estate. */
    public static final int STANDARD_SERVICES = 36;
    /** Upper bound of {@link #services}. */
    public static final int MAX_SERVICES = 10_000;
    /** Upper bound of {@link #alerts}. */
    public static final int MAX_ALERTS = 1_000_000;
    /** Upper bound of {@link #incidents}. */
    public static final int MAX_INCIDENTS = 200_000;

    public SimulatorScale {
        if (services < STANDARD_SERVICES || services > MAX_SERVICES) {
            throw new IllegalArgumentException("services must be " + STANDARD_SERVICES + ".." + MAX_SERVICES
                    + " (the standard estate is always there), was " + services);
        }
        if (alerts < 0 || alerts > MAX_ALERTS) {
            throw new IllegalArgumentException("alerts must be 0.." + MAX_ALERTS + ", was " + alerts);
        }
        if (incidents < 0 || incidents > MAX_INCIDENTS) {
            throw new IllegalArgumentException("incidents must be 0.." + MAX_INCIDENTS + ", was " + incidents);
        }
        if (!(churnPerSecond >= 0) || Double.isInfinite(churnPerSecond)) {
            throw new IllegalArgumentException("churn must be zero or positive and finite, was " + churnPerSecond);
        }
        if (churnPerSecond > 0 && alerts == 0) {
            throw new IllegalArgumentException("churn needs population alerts to replace (alerts > 0)");
        }
        if (churnPerSecond > alerts * 1000.0) {
            throw new IllegalArgumentException("churn " + churnPerSecond + "/s would replace each of the " + alerts
                    + " alerts more than once per millisecond");
        }
    }

    /** The standard estate and the scenario alone: 36 services, no population, no churn. */
    public static SimulatorScale standard() {
        return new SimulatorScale(STANDARD_SERVICES, 0, 0, 0);
    }

    public SimulatorScale withServices(int n) {
        return new SimulatorScale(n, alerts, incidents, churnPerSecond);
    }

    public SimulatorScale withAlerts(int n) {
        return new SimulatorScale(services, n, incidents, churnPerSecond);
    }

    public SimulatorScale withIncidents(int n) {
        return new SimulatorScale(services, alerts, n, churnPerSecond);
    }

    public SimulatorScale withChurn(double perSecond) {
        return new SimulatorScale(services, alerts, incidents, perSecond);
    }

    /** Whether this is {@link #standard()}. */
    public boolean isStandard() {
        return equals(standard());
    }
}
