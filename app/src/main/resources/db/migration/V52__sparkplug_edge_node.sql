-- connectivity.sparkplug: Sparkplug B edge nodes. An edge node belongs to one tenant; it signs
-- in to the embedded broker with the user name spb:{group_id}:{edge_node_id} and its secret,
-- of which only the SHA-256 (hex) is kept. group_id + edge_node_id is unique on the whole
-- platform because the Sparkplug topic namespace is. Devices announced in its births are
-- placed on plant_node_id.
CREATE TABLE sparkplug_edge_node (
    id               UUID          NOT NULL PRIMARY KEY,
    tenant_id        UUID          NOT NULL REFERENCES tenant (id),
    group_id         VARCHAR(30)   NOT NULL,
    edge_node_id     VARCHAR(30)   NOT NULL,
    plant_node_id    UUID          NOT NULL REFERENCES plant_node (id),
    description      VARCHAR(1000) NOT NULL,
    secret_hash      VARCHAR(64)   NOT NULL,
    secret_issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sparkplug_edge_node_uq UNIQUE (group_id, edge_node_id)
);

CREATE INDEX sparkplug_edge_node_tenant_idx ON sparkplug_edge_node (tenant_id);
