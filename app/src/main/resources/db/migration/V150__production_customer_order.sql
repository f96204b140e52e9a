-- production (orders): customer orders (客户订单) of a customer (a master-data partner with the
-- customer role) for a plant (a site), with lines per item: quantity, due date and
-- priority (1 most urgent .. 9 least; 5 normal). MRP takes the open lines as gross
-- requirements; deliveries (V156) count against them.
CREATE TABLE production_customer_order (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    number             VARCHAR(32)   NOT NULL,
    customer_id        UUID          NOT NULL,
    plant_id           UUID          NOT NULL,
    customer_reference VARCHAR(64),
    note               VARCHAR(1000),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_customer_order_number UNIQUE (tenant_id, number)
);

CREATE TABLE production_customer_order_line (
    id                 UUID PRIMARY KEY,
    order_id           UUID          NOT NULL REFERENCES production_customer_order (id),
    tenant_id          UUID          NOT NULL,
    line_no            INTEGER       NOT NULL,
    item_id            UUID          NOT NULL,
    quantity           NUMERIC(18, 6) NOT NULL,
    due_date           DATE          NOT NULL,
    priority           INTEGER       NOT NULL,
    CONSTRAINT production_customer_order_line_no UNIQUE (order_id, line_no),
    CONSTRAINT production_customer_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT production_customer_order_line_priority CHECK (priority BETWEEN 1 AND 9)
);
CREATE INDEX production_customer_order_line_due_idx ON production_customer_order_line (tenant_id, due_date);

-- The last number given per tenant, kind of document (CO customer order, MO production
-- order, PR purchase requisition, MRP run) and year. Numbering locks the row.
CREATE TABLE production_number_counter (
    tenant_id          UUID          NOT NULL,
    kind               VARCHAR(8)    NOT NULL,
    counter_year       INTEGER       NOT NULL,
    last_number        INTEGER       NOT NULL,
    PRIMARY KEY (tenant_id, kind, counter_year)
);
