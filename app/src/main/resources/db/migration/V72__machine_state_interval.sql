-- equipment: each machine's states over time and the parts it made.
-- machine_state_interval: one row per state the machine was in, from started_at to ended_at by the
-- signals' timestamps; ended_at is NULL for the state it is in now (one open row per machine).
-- reason_id: the downtime reason an operator picked for a stop.
CREATE TABLE machine_state_interval (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    equipment_id     UUID          NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
    state            VARCHAR(16)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    reason_id        UUID,
    CONSTRAINT machine_state_interval_state
        CHECK (state IN ('RUNNING', 'IDLE', 'SETUP', 'DOWN', 'PLANNED_STOP'))
);
CREATE INDEX machine_state_interval_idx ON machine_state_interval (tenant_id, equipment_id, started_at);

-- Parts made in a period: source COUNTER from the machine's own counters (one row per machine and
-- minute with parts), REPORTED from reported output (报工), which replaces the counters' rows whose
-- period starts inside it.
CREATE TABLE machine_parts_count (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    equipment_id     UUID          NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
    period_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end       TIMESTAMP WITH TIME ZONE NOT NULL,
    good_count       BIGINT        NOT NULL,
    reject_count     BIGINT        NOT NULL,
    source           VARCHAR(8)    NOT NULL,
    CONSTRAINT machine_parts_count_source CHECK (source IN ('COUNTER', 'REPORTED'))
);
CREATE INDEX machine_parts_count_idx ON machine_parts_count (tenant_id, equipment_id, period_start);
