-- quality (traceability): lots and serial numbers (批次 / 序列号), one table for both so that
-- genealogy links any of them to any other. form: LOT (a quantity of one item) or SERIAL
-- (one unit; quantity 1). stage: PURCHASED (from a supplier, with the supplier's own
-- batch number), WIP (在制品) or FINISHED (成品). item_id is a master-data item, supplier_id a
-- master-data partner with the supplier role. identifier is the globally unique product
-- identifier (标识解析: enterprise prefix / object code) its label and QR code carry.
-- unit_code is the item's unit as it was when the lot was recorded.
CREATE TABLE quality_trace_unit (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    form               VARCHAR(8)    NOT NULL,
    stage              VARCHAR(16)   NOT NULL,
    item_id            UUID          NOT NULL,
    number             VARCHAR(64)   NOT NULL,
    quantity           NUMERIC(18, 4) NOT NULL,
    unit_code          VARCHAR(32)   NOT NULL,
    supplier_id        UUID,
    supplier_batch     VARCHAR(64),
    made_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    identifier         VARCHAR(160)  NOT NULL,
    note               VARCHAR(1000),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_trace_unit_form CHECK (form IN ('LOT', 'SERIAL')),
    CONSTRAINT quality_trace_unit_stage CHECK (stage IN ('PURCHASED', 'WIP', 'FINISHED')),
    CONSTRAINT quality_trace_unit_quantity CHECK (quantity > 0),
    CONSTRAINT quality_trace_unit_serial_one CHECK (form = 'LOT' OR quantity = 1),
    CONSTRAINT quality_trace_unit_supplier CHECK (stage <> 'PURCHASED' OR (supplier_id IS NOT NULL AND supplier_batch IS NOT NULL)),
    CONSTRAINT quality_trace_unit_number UNIQUE (tenant_id, form, item_id, number),
    CONSTRAINT quality_trace_unit_identifier UNIQUE (identifier)
);
CREATE INDEX quality_trace_unit_list_idx ON quality_trace_unit (tenant_id, form, made_at);
CREATE INDEX quality_trace_unit_supplier_idx ON quality_trace_unit (tenant_id, supplier_id, supplier_batch);

-- The enterprise prefix (企业前缀) a tenant's identifiers start with, as its 二级节点 assigned
-- it (handle style, e.g. 88.118.8). Without a row the tenant's identifiers get a local,
-- unregistered prefix (see docs/traceability.md).
CREATE TABLE quality_identifier_prefix (
    tenant_id          UUID PRIMARY KEY,
    prefix             VARCHAR(64)   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_identifier_prefix_unique UNIQUE (prefix)
);
