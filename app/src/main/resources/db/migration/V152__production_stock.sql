-- production (stock): inventory movements (库存移动) per plant (a site of the enterprise
-- structure) and item (master data). On hand is the sum of a plant's movements of an item;
-- quantity is signed (+ in, - out). kind: RECEIPT, ISSUE or ADJUSTMENT; reason says why
-- (purchase, production output, consumption, delivery, scrap, stock count, ...); reference
-- names what moved it (a work order, a purchase order, a delivery number).
CREATE TABLE production_stock_movement (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    plant_id           UUID          NOT NULL,
    item_id            UUID          NOT NULL,
    quantity           NUMERIC(18, 6) NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    reason             VARCHAR(16)   NOT NULL,
    reference          VARCHAR(120)  NOT NULL,
    note               VARCHAR(500),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_stock_movement_kind CHECK (kind IN ('RECEIPT', 'ISSUE', 'ADJUSTMENT')),
    CONSTRAINT production_stock_movement_nonzero CHECK (quantity <> 0)
);
CREATE INDEX production_stock_movement_item_idx ON production_stock_movement (tenant_id, plant_id, item_id, recorded_at);

-- One row per plant and item that ever moved: a movement locks it, so two issues at the
-- same moment cannot both take the last units.
CREATE TABLE production_stock_item (
    tenant_id          UUID          NOT NULL,
    plant_id           UUID          NOT NULL,
    item_id            UUID          NOT NULL,
    PRIMARY KEY (tenant_id, plant_id, item_id)
);
