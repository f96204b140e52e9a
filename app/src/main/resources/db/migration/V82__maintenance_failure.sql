-- maintenance: each failure of a machine (an unplanned stop in state DOWN, from the
-- equipment module's DowntimeEnded) with its start and end; the time between is repair
-- time for MTTR. One row per machine and start, so an event delivered twice counts once.
CREATE TABLE maintenance_failure (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    equipment_id       UUID          NOT NULL,
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT maintenance_failure_once UNIQUE (tenant_id, equipment_id, started_at)
);
