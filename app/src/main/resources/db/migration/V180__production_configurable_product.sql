-- production (configurator, C2M): a configurable product (可配置产品) is a base item made in a
-- plant (a site) whose variants the customer configures; one per base item. Its option
-- groups in order: required = at least one option must be picked; several = more than one
-- may be (otherwise single choice).
CREATE TABLE production_configurable_product (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    base_item_id  UUID          NOT NULL,
    plant_id      UUID          NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_configurable_product_item UNIQUE (tenant_id, base_item_id)
);

CREATE TABLE production_option_group (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    product_id  UUID          NOT NULL REFERENCES production_configurable_product (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    required    BOOLEAN       NOT NULL,
    several     BOOLEAN       NOT NULL,
    CONSTRAINT production_option_group_code UNIQUE (product_id, code)
);
CREATE INDEX production_option_group_idx ON production_option_group (tenant_id, product_id, position);
