-- production (configurator): each configured order: who configured what and when, the
-- selection (option codes, sorted, comma-separated), the variant item it gave and the
-- customer and production orders made for it.
CREATE TABLE production_configuration (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    product_id           UUID          NOT NULL REFERENCES production_configurable_product (id),
    selection            VARCHAR(2000) NOT NULL,
    variant_code         VARCHAR(50)   NOT NULL,
    variant_item_id      UUID          NOT NULL,
    quantity             NUMERIC(18,6) NOT NULL,
    due_date             DATE          NOT NULL,
    customer_order_id    UUID          NOT NULL,
    customer_order_no    VARCHAR(32)   NOT NULL,
    production_order_id  UUID          NOT NULL,
    production_order_no  VARCHAR(32)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX production_configuration_idx ON production_configuration (tenant_id, product_id, created_at);
