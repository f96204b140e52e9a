-- energy: meters (计量表) of electricity, water, natural gas, steam and compressed air.
-- A meter hangs on a node of the enterprise structure (tenancy's id, not a foreign key:
-- modules do not share tables) and, in the metering tree, under the meter upstream of it
-- (parent_id, same kind). A physical meter reads a cumulative counter from a device
-- property; a virtual meter (virtual = TRUE) has no counter, only terms.
CREATE TABLE energy_meter (
    id                      UUID PRIMARY KEY,
    tenant_id               UUID          NOT NULL,
    code                    VARCHAR(64)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    kind                    VARCHAR(32)   NOT NULL,
    unit                    VARCHAR(16)   NOT NULL,
    node_id                 UUID          NOT NULL,
    parent_id               UUID          REFERENCES energy_meter (id),
    is_virtual              BOOLEAN       NOT NULL,
    device_id               UUID,
    counter_property        VARCHAR(64),
    reading_period_minutes  INTEGER,
    counter_maximum         NUMERIC(24, 6),
    reset_below             NUMERIC(24, 6),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT energy_meter_code_uq UNIQUE (tenant_id, code)
);
CREATE INDEX energy_meter_node_idx ON energy_meter (tenant_id, node_id);

-- energy_virtual_term: what a virtual meter adds (subtract = FALSE) or subtracts, in order.
CREATE TABLE energy_virtual_term (
    meter_id        UUID     NOT NULL REFERENCES energy_meter (id),
    position        INTEGER  NOT NULL,
    term_meter_id   UUID     NOT NULL REFERENCES energy_meter (id),
    subtract        BOOLEAN  NOT NULL,
    PRIMARY KEY (meter_id, position)
);
