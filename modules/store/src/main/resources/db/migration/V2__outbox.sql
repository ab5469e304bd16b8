-- The durable outbox: one row per operator action, committed before the action is applied or sent.
-- action_json is the whole action (type field + record components, see DomainJson); the other columns
-- are the dispatcher's bookkeeping. Instants keep nanoseconds (precision 9).
CREATE TABLE outbox (
    action_id       VARCHAR(64)    NOT NULL PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    kind            VARCHAR(32)    NOT NULL,
    target_source   VARCHAR(64)    NOT NULL,
    target_id       VARCHAR(1000)  NOT NULL,
    action_json     VARCHAR(1000000) NOT NULL,
    state           VARCHAR(16)    NOT NULL,
    attempts        INT            NOT NULL DEFAULT 0,
    enqueued_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP(9) WITH TIME ZONE,
    last_error      VARCHAR(4000),
    outcome_unknown BOOLEAN        NOT NULL DEFAULT FALSE,
    owner_name      VARCHAR(128),
    lease_until     TIMESTAMP(9) WITH TIME ZONE,
    finished_at     TIMESTAMP(9) WITH TIME ZONE,
    final_reply     VARCHAR(4000),
    CONSTRAINT outbox_state_known CHECK (state IN ('QUEUED', 'SENDING', 'RETRYING', 'ACCEPTED', 'REJECTED', 'CANCELLED'))
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_enqueued ON outbox (enqueued_at, seq);
