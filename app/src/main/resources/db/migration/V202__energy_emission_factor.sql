-- energy_emission_factor: a tenant's own CO2 emission factor (for example a provincial grid
-- factor or a supplier's measured gas factor), beside the published ones shipped in
-- energy/emission-factors.csv. Every factor has a unit and a source.
CREATE TABLE energy_emission_factor (
    id            UUID PRIMARY KEY,
    tenant_id     UUID           NOT NULL,
    code          VARCHAR(64)    NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    factor_value  NUMERIC(18, 8) NOT NULL,
    unit          VARCHAR(32)    NOT NULL,
    meter_kind    VARCHAR(32)    NOT NULL,
    scope         VARCHAR(16)    NOT NULL,
    data_year     INTEGER,
    factor_set    VARCHAR(64)    NOT NULL,
    source        VARCHAR(500)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT energy_emission_factor_code_uq UNIQUE (tenant_id, code)
);
