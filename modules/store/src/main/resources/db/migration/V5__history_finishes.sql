-- MTTA/MTTR read the week's acknowledgements and resolutions by these indexes alone: each holds the instant
-- a range is taken on, then the two columns the figures need, so that H2 answers from the index and never
-- reads (and decodes, strings and all) the incident rows themselves.
-- Every statement can run again (ADR 0011): H2 commits DDL statement by statement, so an upgrade killed
-- halfway leaves some of them done and no history row; the next start runs the script once more.
CREATE INDEX IF NOT EXISTS incident_history_acknowledged ON incident_history (acknowledged_at, opened_at, priority);
DROP INDEX IF EXISTS incident_history_resolved;
CREATE INDEX incident_history_resolved ON incident_history (resolved_at, opened_at, priority);
