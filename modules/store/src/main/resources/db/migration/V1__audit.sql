-- The audit trail: one row per operator action, written when it is taken and updated when answered.
CREATE TABLE audit (
    action_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    kind           VARCHAR(32)   NOT NULL,
    operator_name  VARCHAR(64)   NOT NULL,
    operator_role  VARCHAR(16)   NOT NULL,
    target_source  VARCHAR(64)   NOT NULL,
    target_type    VARCHAR(16)   NOT NULL,
    target_id      VARCHAR(256)  NOT NULL,
    target_display VARCHAR(256)  NOT NULL,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    summary        VARCHAR(4000) NOT NULL,
    outcome        VARCHAR(16)   NOT NULL,
    upstream_reply VARCHAR(4000),
    answered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX audit_target ON audit (target_source, target_id, taken_at);
CREATE INDEX audit_taken ON audit (taken_at);
