package io.watchfloor.core;

/** Who owns an SLA clock: the desk (ServiceNow task_sla, RT Due) or Watchfloor's own policy. */
public enum ClockOrigin {
    DESK,
    COMPUTED
}
