-- energy_consumption_hour: a physical meter's consumption in one clock hour, worked out from its
-- device's counter readings. status is OK, ROLLOVER, RESET, FLAGGED (a reading set aside, named in
-- reason) or MISSING (quantity NULL: not known, never zero). Recomputing an hour replaces its row.
CREATE TABLE energy_consumption_hour (
    meter_id      UUID           NOT NULL REFERENCES energy_meter (id),
    hour_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    tenant_id     UUID           NOT NULL,
    quantity      NUMERIC(24, 6),
    status        VARCHAR(16)    NOT NULL,
    reason        VARCHAR(500),
    computed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meter_id, hour_start)
);
