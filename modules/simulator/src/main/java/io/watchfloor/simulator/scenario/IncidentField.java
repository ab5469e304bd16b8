package io.watchfloor.simulator.scenario;

/**
 * The incident fields a scenario or an operator can set. Values are strings: state, impact, urgency and
 * hold reason use ServiceNow's codes; people, groups and services are given by name (the desk layer maps
 * them to record ids); "" clears a field.
 */
public enum IncidentField {
    SHORT_DESCRIPTION,
    DESCRIPTION,
    STATE,
    IMPACT,
    URGENCY,
    ASSIGNED_TO,
    ASSIGNMENT_GROUP,
    BUSINESS_SERVICE,
    CALLER,
    CATEGORY,
    HOLD_REASON,
    CLOSE_CODE,
    CLOSE_NOTES,
    /** The id of the external event the incident is linked to (Watchfloor writes the alert key). */
    CORRELATION_ID
}
