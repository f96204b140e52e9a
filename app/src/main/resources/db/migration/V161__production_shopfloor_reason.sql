-- production (shop-floor reporting): the tenant's catalogue of reasons an operator picks
-- from. kind PAUSE: why work stopped (material missing, waiting for inspection, tool
-- change, breakdown, …); breakdown marks the reasons that mean the machine broke down (they
-- signal a deviation to scheduling). kind SCRAP: why units were scrapped. A reason in use is
-- deactivated, never deleted, so old reports keep their meaning.
CREATE TABLE production_shopfloor_reason (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    kind               VARCHAR(8)    NOT NULL,
    code               VARCHAR(50)   NOT NULL,
    name_zh            VARCHAR(100)  NOT NULL,
    name_en            VARCHAR(100),
    breakdown          BOOLEAN       NOT NULL,
    active             BOOLEAN       NOT NULL,
    sort_order         INTEGER       NOT NULL,
    CONSTRAINT production_shopfloor_reason_kind CHECK (kind IN ('PAUSE', 'SCRAP')),
    CONSTRAINT production_shopfloor_reason_code UNIQUE (tenant_id, kind, code)
);
