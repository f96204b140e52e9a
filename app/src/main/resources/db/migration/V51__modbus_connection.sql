-- connectivity: Modbus TCP servers a tenant's Kaiwu polls, and their register maps.
CREATE TABLE modbus_connection (
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL,
    name             VARCHAR(100) NOT NULL,
    host             VARCHAR(255) NOT NULL,
    port             INTEGER      NOT NULL,
    unit_id          INTEGER      NOT NULL,
    poll_interval_ms BIGINT       NOT NULL,
    timeout_ms       BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT modbus_connection_name_uq UNIQUE (tenant_id, name)
);
-- purpose: READ (a property is read) or COMMAND (a service parameter, point = service.parameter,
-- is written). address is the 0-based protocol address. unit_id NULL: the connection's.
-- register_table: COIL, DISCRETE_INPUT, HOLDING_REGISTER, INPUT_REGISTER; data_type: BOOL,
-- INT16, UINT16, INT32, UINT32, FLOAT32; byte_order: ABCD, CDAB, BADC, DCBA.
CREATE TABLE modbus_register (
    connection_id  UUID         NOT NULL REFERENCES modbus_connection (id) ON DELETE CASCADE,
    purpose        VARCHAR(10)  NOT NULL,
    line_no        INTEGER      NOT NULL,
    device_key     VARCHAR(64)  NOT NULL,
    point          VARCHAR(130) NOT NULL,
    unit_id        INTEGER,
    register_table VARCHAR(20)  NOT NULL,
    address        INTEGER      NOT NULL,
    data_type      VARCHAR(10)  NOT NULL,
    byte_order     VARCHAR(4)   NOT NULL,
    value_scale    DOUBLE PRECISION NOT NULL,
    value_offset   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (connection_id, purpose, line_no)
);
