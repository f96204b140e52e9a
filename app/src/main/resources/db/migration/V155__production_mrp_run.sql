-- production (MRP): stored MRP runs of a plant: who ran it, when, what it read (counts of
-- demand lines, scheduled receipts, items with planning data) and what it gave. result
-- holds the time-phased records and exception messages as JSON.
CREATE TABLE production_mrp_run (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    number             VARCHAR(32)   NOT NULL,
    plant_id           UUID          NOT NULL,
    run_date           DATE          NOT NULL,
    working_days       BOOLEAN       NOT NULL,
    demand_count       INTEGER       NOT NULL,
    receipt_count      INTEGER       NOT NULL,
    planning_count     INTEGER       NOT NULL,
    item_count         INTEGER       NOT NULL,
    planned_count      INTEGER       NOT NULL,
    message_count      INTEGER       NOT NULL,
    result             TEXT          NOT NULL,
    run_by             VARCHAR(100)  NOT NULL,
    run_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_mrp_run_number UNIQUE (tenant_id, number)
);
CREATE INDEX production_mrp_run_plant_idx ON production_mrp_run (tenant_id, plant_id, run_at);

-- The planned orders of a run, each with its pegs as JSON. Firming one sets firmed_as to
-- the production order's or purchase requisition's number; a planned order is firmed once.
CREATE TABLE production_mrp_planned_order (
    run_id             UUID          NOT NULL REFERENCES production_mrp_run (id),
    order_no           INTEGER       NOT NULL,
    tenant_id          UUID          NOT NULL,
    item_id            UUID          NOT NULL,
    procurement        VARCHAR(8)    NOT NULL,
    quantity           NUMERIC(18, 6) NOT NULL,
    release_date       DATE          NOT NULL,
    receipt_date       DATE          NOT NULL,
    pegs               TEXT          NOT NULL,
    firmed_as          VARCHAR(32),
    PRIMARY KEY (run_id, order_no)
);
