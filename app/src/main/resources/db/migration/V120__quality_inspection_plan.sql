-- quality (inspection): inspection plans (检验计划) per item and operation, and their
-- characteristics (检验特性). kind: RECEIVING (来料), IN_PROCESS (过程), FINAL (成品).
-- operation: the operation's code or name as text until routings exist.
CREATE TABLE quality_inspection_plan (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    item_id            UUID          NOT NULL,
    operation          VARCHAR(200),
    kind               VARCHAR(16)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    active             BOOLEAN       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_inspection_plan_kind CHECK (kind IN ('RECEIVING', 'IN_PROCESS', 'FINAL'))
);
CREATE INDEX quality_inspection_plan_item_idx ON quality_inspection_plan (tenant_id, item_id);

-- A characteristic: VARIABLE (measured: nominal, spec limits lower_limit = LSL and
-- upper_limit = USL, either may be open, unit) or ATTRIBUTE (defect_types, one per line).
-- sample_size: units per subgroup. Frequency: every frequency_every UNITS produced, every
-- frequency_every MINUTES, or once per LOT.
CREATE TABLE quality_characteristic (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    plan_id            UUID          NOT NULL REFERENCES quality_inspection_plan (id),
    position           INTEGER       NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    variable           BOOLEAN       NOT NULL,
    nominal            DOUBLE PRECISION,
    lower_limit        DOUBLE PRECISION,
    upper_limit        DOUBLE PRECISION,
    unit               VARCHAR(40),
    defect_types       VARCHAR(4000) NOT NULL,
    sample_size        INTEGER       NOT NULL,
    frequency_kind     VARCHAR(16)   NOT NULL,
    frequency_every    INTEGER,
    method             VARCHAR(500),
    gauge              VARCHAR(200),
    CONSTRAINT quality_characteristic_code UNIQUE (plan_id, code),
    CONSTRAINT quality_characteristic_limits CHECK (lower_limit IS NULL OR upper_limit IS NULL OR lower_limit < upper_limit),
    CONSTRAINT quality_characteristic_sample CHECK (sample_size > 0),
    CONSTRAINT quality_characteristic_frequency CHECK (frequency_kind IN ('UNITS', 'MINUTES', 'LOT'))
);
CREATE INDEX quality_characteristic_plan_idx ON quality_characteristic (tenant_id, plan_id);
