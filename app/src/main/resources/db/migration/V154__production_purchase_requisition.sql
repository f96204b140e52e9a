-- production (orders): purchase requisitions (采购申请) for bought items, by hand or from an
-- MRP run's planned order; a supplier (a master-data partner with the supplier role) is
-- optional. status: OPEN (MRP counts it as a scheduled receipt on its need date),
-- ORDERED (purchasing placed it; still a scheduled receipt), CLOSED (received),
-- CANCELLED.
CREATE TABLE production_purchase_requisition (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    number             VARCHAR(32)   NOT NULL,
    item_id            UUID          NOT NULL,
    plant_id           UUID          NOT NULL,
    supplier_id        UUID,
    quantity           NUMERIC(18, 6) NOT NULL,
    release_date       DATE          NOT NULL,
    need_date          DATE          NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    mrp_run_id         UUID,
    note               VARCHAR(500),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_purchase_requisition_number UNIQUE (tenant_id, number),
    CONSTRAINT production_purchase_requisition_quantity CHECK (quantity > 0),
    CONSTRAINT production_purchase_requisition_status CHECK (status IN ('OPEN', 'ORDERED', 'CLOSED', 'CANCELLED'))
);
CREATE INDEX production_purchase_requisition_status_idx ON production_purchase_requisition (tenant_id, status, need_date);
