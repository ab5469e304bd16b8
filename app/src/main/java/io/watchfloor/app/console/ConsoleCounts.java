package io.watchfloor.app.console;

/**
 * The figures the console's header shows. Immutable.
 *
 * @param unackedCritical firing critical alerts and open P1 incidents nobody has taken on
 * @param firingAlerts    alerts firing
 * @param openIncidents   incidents new, in progress or on hold
 * @param breachedClocks  live SLA clocks past their breach instant
 * @param pendingActions  actions sent and not answered yet
 */
record ConsoleCounts(int unackedCritical, int firingAlerts, int openIncidents, int breachedClocks,
                     long pendingActions) {
    static final ConsoleCounts ZERO = new ConsoleCounts(0, 0, 0, 0, 0);
}
