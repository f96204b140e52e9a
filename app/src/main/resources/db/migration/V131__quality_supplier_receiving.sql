-- quality: receiving inspections of a supplier's lots as the supplier score counts them,
-- copied from InspectionCompleted (kind RECEIVING with a supplier). record_id is the
-- inspection record, so a redelivered event is stored once.
CREATE TABLE quality_supplier_receiving (
    record_id            UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    supplier_id          UUID          NOT NULL,
    item_id              UUID          NOT NULL,
    lot_number           VARCHAR(100),
    inspected_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sample_size          INTEGER       NOT NULL,
    rejected             INTEGER       NOT NULL,
    accepted             BOOLEAN       NOT NULL
);
CREATE INDEX quality_supplier_receiving_idx ON quality_supplier_receiving (tenant_id, supplier_id, inspected_at);
