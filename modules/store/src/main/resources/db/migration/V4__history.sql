-- Every incident seen, for MTTA and MTTR: when it opened, was first acknowledged and first resolved.
CREATE TABLE incident_history (
    source_id       VARCHAR(64)  NOT NULL,
    incident_id     VARCHAR(1000) NOT NULL,
    incident_number VARCHAR(1000) NOT NULL,
    service         VARCHAR(1000) NOT NULL,
    priority        INT          NOT NULL,
    opened_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP(9) WITH TIME ZONE,
    resolved_at     TIMESTAMP(9) WITH TIME ZONE,
    last_seen       TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_id, incident_id)
);
CREATE INDEX incident_history_opened ON incident_history (opened_at);
CREATE INDEX incident_history_resolved ON incident_history (resolved_at);
