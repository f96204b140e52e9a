-- production (orders): deliveries of finished lots against customer order lines. The
-- delivery itself (customer, lots, quantities) is quality's (quality_delivery), where
-- forward traces end; this row ties it to the line it fills and to the stock issue.
CREATE TABLE production_delivery (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    line_id            UUID          NOT NULL REFERENCES production_customer_order_line (id),
    delivery_id        UUID          NOT NULL,
    delivery_number    VARCHAR(64)   NOT NULL,
    quantity           NUMERIC(18, 6) NOT NULL,
    delivered_on       DATE          NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_delivery_quantity CHECK (quantity > 0)
);
CREATE INDEX production_delivery_line_idx ON production_delivery (tenant_id, line_id);
