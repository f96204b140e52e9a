-- production (shop-floor reporting): one row per work order that the shop floor reported
-- on. Every report locks its work order's row first, so two tablets reporting on the same
-- work order at once are taken one after the other (quantities checked against the sum of
-- the other's, lot suffixes never given twice). lots_made is the last running suffix given
-- to an output lot (lot number = work order number + '-' + suffix).
CREATE TABLE production_shopfloor_work_order (
    tenant_id          UUID          NOT NULL,
    work_order_id      UUID          NOT NULL,
    lots_made          INTEGER       NOT NULL,
    PRIMARY KEY (tenant_id, work_order_id)
);
