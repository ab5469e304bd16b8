-- The last-known state of every source: what its last successful read produced, so that the board
-- can show it (marked with its age) before any network call returns. One row per source; endpoint is
-- where it was read from, so that a source since pointed elsewhere is not restored from it.
-- payload is deflated JSON of the list of source events; format names that encoding, and a row whose
-- format this build does not know is skipped.
CREATE TABLE source_cache (
    source_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    source_kind VARCHAR(32)  NOT NULL,
    endpoint    VARCHAR(2000) NOT NULL,
    read_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    format      INT          NOT NULL,
    event_count INT          NOT NULL,
    payload     BINARY LARGE OBJECT NOT NULL
);
