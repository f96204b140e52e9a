-- production: work centres (工作中心) in a plant (a site of the enterprise structure) and the
-- resources inside them. A resource may be bound to one machine of the equipment module;
-- one resource per machine. cost_per_hour is what an hour of work on it costs.
CREATE TABLE production_work_centre (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    plant_id    UUID          NOT NULL,
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_work_centre_code_unique UNIQUE (tenant_id, code)
);
CREATE INDEX production_work_centre_plant_idx ON production_work_centre (tenant_id, plant_id);

CREATE TABLE production_resource (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    work_centre_id  UUID          NOT NULL REFERENCES production_work_centre (id),
    code            VARCHAR(50)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    equipment_id    UUID,
    cost_per_hour   NUMERIC(18,6) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_resource_code_unique UNIQUE (tenant_id, code),
    CONSTRAINT production_resource_equipment_unique UNIQUE (tenant_id, equipment_id),
    CONSTRAINT production_resource_cost CHECK (cost_per_hour >= 0)
);
CREATE INDEX production_resource_centre_idx ON production_resource (tenant_id, work_centre_id);
