-- production (configurator): the options of a group; codes are unique in the product, as
-- selections and rules name options by code.
CREATE TABLE production_option (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    product_id  UUID          NOT NULL REFERENCES production_configurable_product (id) ON DELETE CASCADE,
    group_id    UUID          NOT NULL REFERENCES production_option_group (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    CONSTRAINT production_option_code UNIQUE (product_id, code)
);
CREATE INDEX production_option_idx ON production_option (tenant_id, group_id, position);
