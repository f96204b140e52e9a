-- connectivity: OPC UA connections of a tenant (Kaiwu is the client) and which node
-- feeds which device property. security_policy: None or Basic256Sha256; security_mode:
-- None, Sign or SignAndEncrypt. The password is kept to sign in and never shown.
CREATE TABLE opcua_connection (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL REFERENCES tenant (id),
    name            VARCHAR(100)  NOT NULL,
    endpoint_url    VARCHAR(500)  NOT NULL,
    security_policy VARCHAR(30)   NOT NULL,
    security_mode   VARCHAR(30)   NOT NULL,
    username        VARCHAR(200),
    password        VARCHAR(500),
    enabled         BOOLEAN       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT opcua_connection_name_uq UNIQUE (tenant_id, name)
);

CREATE TABLE opcua_mapping (
    connection_id  UUID          NOT NULL REFERENCES opcua_connection (id) ON DELETE CASCADE,
    position       INT           NOT NULL,
    node_id        VARCHAR(500)  NOT NULL,
    device_key     VARCHAR(64)   NOT NULL,
    property       VARCHAR(64)   NOT NULL,
    sampling_ms    INT           NOT NULL,
    PRIMARY KEY (connection_id, position)
);
CREATE INDEX opcua_mapping_device_idx ON opcua_mapping (device_key);
