-- production (orders): production orders (生产订单) make a quantity of an item in a plant by a
-- due date. origin: CUSTOMER_ORDER (for a customer order line), MRP (a firmed planned
-- order of an MRP run) or MANUAL. status: CREATED (firm; MRP counts it as a scheduled
-- receipt), RELEASED (work orders exist), FINISHED (its last work order finished),
-- CANCELLED. start_date is when it should be released.
CREATE TABLE production_order (
    id                     UUID PRIMARY KEY,
    tenant_id              UUID          NOT NULL,
    number                 VARCHAR(32)   NOT NULL,
    item_id                UUID          NOT NULL,
    plant_id               UUID          NOT NULL,
    quantity               NUMERIC(18, 6) NOT NULL,
    start_date             DATE          NOT NULL,
    due_date               DATE          NOT NULL,
    priority               INTEGER       NOT NULL,
    origin                 VARCHAR(16)   NOT NULL,
    customer_order_line_id UUID,
    mrp_run_id             UUID,
    status                 VARCHAR(16)   NOT NULL,
    routing_id             UUID,
    routing_version        VARCHAR(32),
    good_quantity          NUMERIC(18, 6) NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at            TIMESTAMP WITH TIME ZONE,
    finished_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT production_order_number UNIQUE (tenant_id, number),
    CONSTRAINT production_order_quantity CHECK (quantity > 0),
    CONSTRAINT production_order_priority CHECK (priority BETWEEN 1 AND 9),
    CONSTRAINT production_order_origin CHECK (origin IN ('CUSTOMER_ORDER', 'MRP', 'MANUAL')),
    CONSTRAINT production_order_status CHECK (status IN ('CREATED', 'RELEASED', 'FINISHED', 'CANCELLED'))
);
CREATE INDEX production_order_status_idx ON production_order (tenant_id, status, due_date);

-- Work orders (工单): one per operation of the routing effective when the production order
-- was released, with the step's work centre, its preferred resource and its times copied,
-- so later routing changes do not change released work. Quantities add up from shop-floor
-- reports. status: RELEASED, RUNNING, PAUSED, FINISHED.
CREATE TABLE production_work_order (
    id                     UUID PRIMARY KEY,
    tenant_id              UUID          NOT NULL,
    number                 VARCHAR(48)   NOT NULL,
    production_order_id    UUID          NOT NULL REFERENCES production_order (id),
    sequence_no            INTEGER       NOT NULL,
    operation_code         VARCHAR(32)   NOT NULL,
    operation_name         VARCHAR(200)  NOT NULL,
    work_centre_id         UUID          NOT NULL,
    resource_id            UUID,
    quantity               NUMERIC(18, 6) NOT NULL,
    good_quantity          NUMERIC(18, 6) NOT NULL,
    scrap_quantity         NUMERIC(18, 6) NOT NULL,
    setup_seconds          BIGINT        NOT NULL,
    run_seconds_per_unit   NUMERIC(18, 6) NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    last_operation         BOOLEAN       NOT NULL,
    started_at             TIMESTAMP WITH TIME ZONE,
    finished_at            TIMESTAMP WITH TIME ZONE,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_work_order_number UNIQUE (tenant_id, number),
    CONSTRAINT production_work_order_sequence UNIQUE (production_order_id, sequence_no),
    CONSTRAINT production_work_order_status CHECK (status IN ('RELEASED', 'RUNNING', 'PAUSED', 'FINISHED'))
);
CREATE INDEX production_work_order_status_idx ON production_work_order (tenant_id, status);
