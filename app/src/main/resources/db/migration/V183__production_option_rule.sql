-- production (configurator): compatibility rules between two options of a product, by code.
-- REQUIRES: option needs other picked too; EXCLUDES: the two may not be picked together.
CREATE TABLE production_option_rule (
    id           UUID PRIMARY KEY,
    tenant_id    UUID          NOT NULL,
    product_id   UUID          NOT NULL REFERENCES production_configurable_product (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    option_code  VARCHAR(50)   NOT NULL,
    other_code   VARCHAR(50)   NOT NULL,
    CONSTRAINT production_option_rule_kind CHECK (kind IN ('REQUIRES', 'EXCLUDES'))
);
CREATE INDEX production_option_rule_idx ON production_option_rule (tenant_id, product_id, position);
