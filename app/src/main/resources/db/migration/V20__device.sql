-- device: device types with their thing model (物模型: properties, events, services) and the
-- devices (设备（物联设备）) of each tenant. Every table carries tenant_id, and every query
-- filters by it first; the only lookup across tenants is by device_key, which is unique on
-- the whole platform because devices sign in with it (MQTT user name, HTTP Basic).

CREATE TABLE device_type (
    id          UUID          NOT NULL PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id),
    code        VARCHAR(50)   NOT NULL,
    name_zh     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_type_code_uq UNIQUE (tenant_id, code)
);

-- a property (属性): one measured or set value; min/max/decimal_places only for numbers,
-- enum_values (a JSON array of strings) only for ENUM
CREATE TABLE device_property (
    id             UUID           NOT NULL PRIMARY KEY,
    tenant_id      UUID           NOT NULL REFERENCES tenant (id),
    type_id        UUID           NOT NULL REFERENCES device_type (id) ON DELETE CASCADE,
    sort_order     INTEGER        NOT NULL,
    identifier     VARCHAR(64)    NOT NULL,
    name_zh        VARCHAR(200)   NOT NULL,
    name_en        VARCHAR(200)   NOT NULL,
    data_type      VARCHAR(10)    NOT NULL,
    unit           VARCHAR(20)    NOT NULL,
    min_value      NUMERIC(38, 10),
    max_value      NUMERIC(38, 10),
    decimal_places INTEGER,
    enum_values    TEXT           NOT NULL,
    writable       BOOLEAN        NOT NULL,
    CONSTRAINT device_property_identifier_uq UNIQUE (type_id, identifier)
);

-- an event (事件) a device reports, with its level and output parameters (JSON array)
CREATE TABLE device_event (
    id          UUID          NOT NULL PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id),
    type_id     UUID          NOT NULL REFERENCES device_type (id) ON DELETE CASCADE,
    sort_order  INTEGER       NOT NULL,
    identifier  VARCHAR(64)   NOT NULL,
    name_zh     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    event_level VARCHAR(10)   NOT NULL,
    outputs     TEXT          NOT NULL,
    CONSTRAINT device_event_identifier_uq UNIQUE (type_id, identifier)
);

-- a service (服务（指令）) a device can be asked to run: input and output parameters (JSON arrays)
CREATE TABLE device_service (
    id          UUID          NOT NULL PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id),
    type_id     UUID          NOT NULL REFERENCES device_type (id) ON DELETE CASCADE,
    sort_order  INTEGER       NOT NULL,
    identifier  VARCHAR(64)   NOT NULL,
    name_zh     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    inputs      TEXT          NOT NULL,
    outputs     TEXT          NOT NULL,
    CONSTRAINT device_service_identifier_uq UNIQUE (type_id, identifier)
);

-- a device; secret_hash is the SHA-256 (hex) of its 32-byte random secret, never the secret
CREATE TABLE device (
    id                UUID          NOT NULL PRIMARY KEY,
    tenant_id         UUID          NOT NULL REFERENCES tenant (id),
    device_key        VARCHAR(64)   NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    type_id           UUID          NOT NULL REFERENCES device_type (id),
    node_id           UUID          NOT NULL REFERENCES plant_node (id),
    secret_hash       VARCHAR(64)   NOT NULL,
    secret_issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    online            BOOLEAN       NOT NULL,
    last_seen_at      TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_key_uq UNIQUE (device_key)
);

CREATE INDEX device_tenant_type_idx ON device (tenant_id, type_id);
CREATE INDEX device_tenant_node_idx ON device (tenant_id, node_id);
CREATE INDEX device_property_type_idx ON device_property (tenant_id, type_id);
CREATE INDEX device_event_type_idx ON device_event (tenant_id, type_id);
CREATE INDEX device_service_type_idx ON device_service (tenant_id, type_id);
