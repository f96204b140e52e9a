-- equipment: the registry of machines (设备台账). A machine may be linked to the device that
-- reports its signals and sits on a node of the enterprise structure. criticality: A, B or C.
-- ideal_cycle_ms is the fastest possible time for one part, in milliseconds (OEE performance).
CREATE TABLE equipment (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    code               VARCHAR(64)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    device_id          UUID,
    node_id            UUID          NOT NULL,
    model              VARCHAR(200),
    vendor             VARCHAR(200),
    serial_number      VARCHAR(100),
    commissioned_on    DATE,
    criticality        VARCHAR(1)    NOT NULL,
    ideal_cycle_ms     BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT equipment_code_unique UNIQUE (tenant_id, code),
    CONSTRAINT equipment_criticality CHECK (criticality IN ('A', 'B', 'C'))
);
CREATE INDEX equipment_node_idx ON equipment (tenant_id, node_id);
CREATE INDEX equipment_device_idx ON equipment (tenant_id, device_id);
