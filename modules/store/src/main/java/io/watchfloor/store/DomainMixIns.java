package io.watchfloor.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;

/**
 * Jackson annotations for the sealed core types, applied as mix-ins so that core stays free of
 * Jackson. The type names are part of the stored format: never rename one, only add.
 */
final class DomainMixIns {
    private DomainMixIns() {
    }

    /** {@link OperatorAction}: a {@code "type"} field names the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = OperatorAction.Acknowledge.class, name = "acknowledge"),
        @JsonSubTypes.Type(value = OperatorAction.Unacknowledge.class, name = "unacknowledge"),
        @JsonSubTypes.Type(value = OperatorAction.Escalate.class, name = "escalate"),
        @JsonSubTypes.Type(value = OperatorAction.Annotate.class, name = "annotate"),
        @JsonSubTypes.Type(value = OperatorAction.Assign.class, name = "assign"),
        @JsonSubTypes.Type(value = OperatorAction.Resolve.class, name = "resolve"),
        @JsonSubTypes.Type(value = OperatorAction.Silence.class, name = "silence"),
        @JsonSubTypes.Type(value = OperatorAction.CreateIncident.class, name = "create-incident")
    })
    interface ActionMixIn {
    }

    /** {@link SourceEvent}: a {@code "type"} field names the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = SourceEvent.AlertsObserved.class, name = "alerts"),
        @JsonSubTypes.Type(value = SourceEvent.IncidentsObserved.class, name = "incidents"),
        @JsonSubTypes.Type(value = SourceEvent.AvailabilityObserved.class, name = "availability"),
        @JsonSubTypes.Type(value = SourceEvent.SourceFailed.class, name = "failed")
    })
    interface EventMixIn {
    }
}
