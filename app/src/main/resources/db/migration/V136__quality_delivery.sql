-- quality (traceability): deliveries (发货) of finished lots / serials to a customer (a
-- master-data partner with the customer role); forward trace ends in them.
CREATE TABLE quality_delivery (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    delivery_number    VARCHAR(64)   NOT NULL,
    customer_id        UUID          NOT NULL,
    delivered_on       DATE          NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_delivery_number UNIQUE (tenant_id, delivery_number)
);

CREATE TABLE quality_delivery_line (
    delivery_id        UUID          NOT NULL REFERENCES quality_delivery (id),
    unit_id            UUID          NOT NULL REFERENCES quality_trace_unit (id),
    tenant_id          UUID          NOT NULL,
    quantity           NUMERIC(18, 4) NOT NULL,
    PRIMARY KEY (delivery_id, unit_id),
    CONSTRAINT quality_delivery_line_quantity CHECK (quantity > 0)
);
CREATE INDEX quality_delivery_line_unit_idx ON quality_delivery_line (unit_id);
