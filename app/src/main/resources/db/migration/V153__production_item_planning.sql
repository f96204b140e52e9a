-- production (MRP): planning data per plant and item. procurement: MAKE (自制; lead_time_days
-- is the production lead time) or BUY (外购; the purchase lead time). Lead times count
-- working days of the plant's shift calendar. lot_rule: LOT_FOR_LOT, FIXED_ORDER_QUANTITY,
-- MINIMUM or MULTIPLE, with lot_quantity the fixed quantity, minimum or multiple.
CREATE TABLE production_item_planning (
    tenant_id          UUID          NOT NULL,
    plant_id           UUID          NOT NULL,
    item_id            UUID          NOT NULL,
    procurement        VARCHAR(8)    NOT NULL,
    lead_time_days     INTEGER       NOT NULL,
    lot_rule           VARCHAR(24)   NOT NULL,
    lot_quantity       NUMERIC(18, 6) NOT NULL,
    safety_stock       NUMERIC(18, 6) NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, plant_id, item_id),
    CONSTRAINT production_item_planning_procurement CHECK (procurement IN ('MAKE', 'BUY')),
    CONSTRAINT production_item_planning_rule CHECK (lot_rule IN ('LOT_FOR_LOT', 'FIXED_ORDER_QUANTITY', 'MINIMUM', 'MULTIPLE')),
    CONSTRAINT production_item_planning_lead CHECK (lead_time_days >= 0),
    CONSTRAINT production_item_planning_safety CHECK (safety_stock >= 0)
);
