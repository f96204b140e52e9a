-- production (shop-floor reporting, 报工): every report on a work order, kept as it was made.
-- client_report_id is the id the tablet gave the report: a report sent again after a lost
-- answer carries the same id and is answered with the first result, never counted twice.
-- kind: START, OUTPUT, PAUSE, RESUME, FINISH; status_after: the work order's status after it.
-- good/scrap quantity: units made since the previous report on the work order; period_start
-- is that previous report's time (or the start), the period the output is reported for.
-- operator: who worked (the signed-in user or a name or badge chosen on a shared tablet);
-- reported_by: the signed-in account that sent it. equipment_id is the machine of the
-- resource the work order ran on, lot_id/step_id what genealogy recorded for the output.
CREATE TABLE production_shopfloor_report (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    client_report_id   UUID          NOT NULL,
    work_order_id      UUID          NOT NULL,
    work_order_number  VARCHAR(64)   NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    status_after       VARCHAR(16)   NOT NULL,
    good_quantity      NUMERIC(18, 6) NOT NULL,
    scrap_quantity     NUMERIC(18, 6) NOT NULL,
    pause_reason       VARCHAR(50),
    scrap_reason       VARCHAR(50),
    note               VARCHAR(1000),
    operator           VARCHAR(100)  NOT NULL,
    reported_by        VARCHAR(100)  NOT NULL,
    happened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    period_start       TIMESTAMP WITH TIME ZONE,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    resource_id        UUID,
    equipment_id       UUID,
    lot_id             UUID,
    lot_number         VARCHAR(64),
    step_id            UUID,
    CONSTRAINT production_shopfloor_report_kind CHECK (kind IN ('START', 'OUTPUT', 'PAUSE', 'RESUME', 'FINISH')),
    CONSTRAINT production_shopfloor_report_quantities CHECK (good_quantity >= 0 AND scrap_quantity >= 0),
    CONSTRAINT production_shopfloor_report_client UNIQUE (tenant_id, client_report_id)
);
CREATE INDEX production_shopfloor_report_order_idx ON production_shopfloor_report (tenant_id, work_order_id, happened_at);

-- The lots a report's step consumed, entered or scanned by the operator, in the order given.
CREATE TABLE production_shopfloor_consumption (
    report_id          UUID          NOT NULL,
    tenant_id          UUID          NOT NULL,
    line_no            INTEGER       NOT NULL,
    item_id            UUID          NOT NULL,
    lot_number         VARCHAR(64)   NOT NULL,
    unit_id            UUID          NOT NULL,
    quantity           NUMERIC(18, 6) NOT NULL,
    PRIMARY KEY (report_id, line_no),
    CONSTRAINT production_shopfloor_consumption_report FOREIGN KEY (report_id) REFERENCES production_shopfloor_report (id)
);
