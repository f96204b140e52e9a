-- production: bills of materials (物料清单). One row per version of a parent item's BOM,
-- effective from valid_from to valid_to (both days included; valid_to NULL = open-ended);
-- the versions of one item never overlap. Lines: component, quantity per base_quantity of
-- the parent, expected scrap (损耗率) in percent.
CREATE TABLE production_bom_version (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    item_id        UUID          NOT NULL,
    version        VARCHAR(20)   NOT NULL,
    base_quantity  NUMERIC(18,6) NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    updated_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_bom_version_unique UNIQUE (tenant_id, item_id, version),
    CONSTRAINT production_bom_base CHECK (base_quantity > 0),
    CONSTRAINT production_bom_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX production_bom_item_idx ON production_bom_version (tenant_id, item_id, valid_from);

CREATE TABLE production_bom_line (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    bom_id             UUID          NOT NULL REFERENCES production_bom_version (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    component_item_id  UUID          NOT NULL,
    quantity           NUMERIC(18,6) NOT NULL,
    scrap_percent      NUMERIC(18,6) NOT NULL,
    CONSTRAINT production_bom_line_quantity CHECK (quantity > 0),
    CONSTRAINT production_bom_line_scrap CHECK (scrap_percent >= 0 AND scrap_percent < 100)
);
CREATE INDEX production_bom_line_bom_idx ON production_bom_line (tenant_id, bom_id, position);
CREATE INDEX production_bom_line_component_idx ON production_bom_line (tenant_id, component_item_id);
