-- quality (traceability): genealogy (谱系). A production step consumed some lots / serials
-- (quality_step_input, with the quantity taken from each) to make others
-- (quality_step_output), at one operation, on one machine (equipment), by one operator,
-- in a time window. work_order is the production module's reference, free text here.
CREATE TABLE quality_production_step (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    operation          VARCHAR(100)  NOT NULL,
    equipment_id       UUID,
    operator           VARCHAR(100),
    work_order         VARCHAR(64),
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_production_step_window CHECK (ended_at >= started_at)
);
CREATE INDEX quality_production_step_equipment_idx ON quality_production_step (tenant_id, equipment_id, started_at);

CREATE TABLE quality_step_input (
    step_id            UUID          NOT NULL REFERENCES quality_production_step (id),
    unit_id            UUID          NOT NULL REFERENCES quality_trace_unit (id),
    tenant_id          UUID          NOT NULL,
    quantity           NUMERIC(18, 4) NOT NULL,
    PRIMARY KEY (step_id, unit_id),
    CONSTRAINT quality_step_input_quantity CHECK (quantity > 0)
);
-- Forward trace walks from a consumed unit to its steps.
CREATE INDEX quality_step_input_unit_idx ON quality_step_input (unit_id, step_id);

CREATE TABLE quality_step_output (
    step_id            UUID          NOT NULL REFERENCES quality_production_step (id),
    unit_id            UUID          NOT NULL REFERENCES quality_trace_unit (id),
    tenant_id          UUID          NOT NULL,
    PRIMARY KEY (step_id, unit_id)
);
-- Backward trace walks from a made unit to its steps.
CREATE INDEX quality_step_output_unit_idx ON quality_step_output (unit_id, step_id);
