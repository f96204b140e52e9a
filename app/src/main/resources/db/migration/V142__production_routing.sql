-- production: routings (工艺路线). One row per version of an item's routing, effective from
-- valid_from to valid_to (both days included; NULL = open-ended), never overlapping per item;
-- product_family (产品族) keys the sequence-dependent setups. Steps (工序) in sequence, each in
-- a work centre with setup time, run time per unit (seconds) and an optional transfer batch
-- (转移批量); the alternative resources of a step with their speed factor, preferred first.
CREATE TABLE production_routing_version (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    item_id         UUID          NOT NULL,
    version         VARCHAR(20)   NOT NULL,
    product_family  VARCHAR(50)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    updated_by      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_routing_version_unique UNIQUE (tenant_id, item_id, version),
    CONSTRAINT production_routing_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX production_routing_item_idx ON production_routing_version (tenant_id, item_id, valid_from);

CREATE TABLE production_routing_step (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    routing_id           UUID          NOT NULL REFERENCES production_routing_version (id) ON DELETE CASCADE,
    sequence_number      INTEGER       NOT NULL,
    operation_code       VARCHAR(50)   NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    work_centre_id       UUID          NOT NULL REFERENCES production_work_centre (id),
    setup_seconds        BIGINT        NOT NULL,
    run_seconds_per_unit NUMERIC(18,6) NOT NULL,
    transfer_batch       NUMERIC(18,6),
    CONSTRAINT production_routing_step_unique UNIQUE (routing_id, sequence_number),
    CONSTRAINT production_routing_step_times CHECK (setup_seconds >= 0 AND run_seconds_per_unit >= 0),
    CONSTRAINT production_routing_step_batch CHECK (transfer_batch IS NULL OR transfer_batch > 0)
);
CREATE INDEX production_routing_step_idx ON production_routing_step (tenant_id, routing_id, sequence_number);

CREATE TABLE production_routing_alternative (
    step_id       UUID          NOT NULL REFERENCES production_routing_step (id) ON DELETE CASCADE,
    tenant_id     UUID          NOT NULL,
    position      INTEGER       NOT NULL,
    resource_id   UUID          NOT NULL REFERENCES production_resource (id),
    speed_factor  NUMERIC(18,6) NOT NULL,
    PRIMARY KEY (step_id, position),
    CONSTRAINT production_routing_alternative_speed CHECK (speed_factor > 0)
);
CREATE INDEX production_routing_alternative_resource_idx ON production_routing_alternative (tenant_id, resource_id);
