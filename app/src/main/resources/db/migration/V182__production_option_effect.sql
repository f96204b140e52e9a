-- production (configurator): what an option does to the variant. kind:
--   ADD_COMPONENT      component_item_id, quantity per unit of the product
--   REPLACE_COMPONENT  replaced_item_id by component_item_id; quantity NULL keeps the base line's
--   EXTRA_STEP         an operation: sequence_number, operation_code, operation_name,
--                      work_centre_id, setup_minutes, run_seconds_per_unit, transfer_batch,
--                      and its resources (production_option_effect_resource)
--   RUN_FACTOR         the run time per unit of step sequence_number times factor
CREATE TABLE production_option_effect (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    option_id            UUID          NOT NULL REFERENCES production_option (id) ON DELETE CASCADE,
    position             INTEGER       NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    component_item_id    UUID,
    replaced_item_id     UUID,
    quantity             NUMERIC(18,6),
    sequence_number      INTEGER,
    operation_code       VARCHAR(50),
    operation_name       VARCHAR(200),
    work_centre_id       UUID,
    setup_minutes        NUMERIC(18,6),
    run_seconds_per_unit NUMERIC(18,6),
    transfer_batch       NUMERIC(18,6),
    factor               NUMERIC(18,6),
    CONSTRAINT production_option_effect_kind
        CHECK (kind IN ('ADD_COMPONENT', 'REPLACE_COMPONENT', 'EXTRA_STEP', 'RUN_FACTOR'))
);
CREATE INDEX production_option_effect_idx ON production_option_effect (tenant_id, option_id, position);

CREATE TABLE production_option_effect_resource (
    effect_id     UUID          NOT NULL REFERENCES production_option_effect (id) ON DELETE CASCADE,
    tenant_id     UUID          NOT NULL,
    position      INTEGER       NOT NULL,
    resource_id   UUID          NOT NULL,
    speed_factor  NUMERIC(18,6) NOT NULL,
    PRIMARY KEY (effect_id, position)
);
