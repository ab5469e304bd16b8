package io.watchfloor.simulator.scenario;

/** Where generators put what they plan. */
interface PlanSink {
    void alert(AlertEpisode episode);

    void outage(Outage outage);

    void incident(IncidentScript script);
}
