-- maintenance: each part count of the equipment module's PartsCounted that the usage meter
-- has added, by the count's id. A count delivered twice (the event publication registry
-- delivers again after a failure) finds its id here and is not added again.
CREATE TABLE maintenance_parts_counted (
    count_id           UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    equipment_id       UUID          NOT NULL,
    period_start       TIMESTAMP WITH TIME ZONE NOT NULL,
    parts              BIGINT        NOT NULL
);
CREATE INDEX maintenance_parts_counted_machine ON maintenance_parts_counted (tenant_id, equipment_id, period_start);
