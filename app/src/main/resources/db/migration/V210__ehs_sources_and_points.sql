-- ehs: hazardous sources (重大危险源, graded 一级..四级 per GB 18218-2018) and discharge points
-- (排放口, gas or water), each on a node of the enterprise structure (tenancy's id, not a
-- foreign key: modules do not share tables).
CREATE TABLE ehs_hazard_source (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    hazard_level  VARCHAR(8)    NOT NULL,
    node_id       UUID          NOT NULL,
    substances    VARCHAR(500)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ehs_hazard_source_code_uq UNIQUE (tenant_id, code)
);

CREATE TABLE ehs_discharge_point (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    medium      VARCHAR(8)    NOT NULL,
    node_id     UUID          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ehs_discharge_point_code_uq UNIQUE (tenant_id, code)
);

-- ehs_monitored_point: a device's property watched for a hazardous source or a discharge
-- point (exactly one of the two), with its unit, legal limit and the standard it comes
-- from, and where each early-warning grade 蓝/黄/橙/红 begins (strictly increasing).
CREATE TABLE ehs_monitored_point (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID            NOT NULL,
    hazard_source_id    UUID            REFERENCES ehs_hazard_source (id),
    discharge_point_id  UUID            REFERENCES ehs_discharge_point (id),
    position            INTEGER         NOT NULL,
    substance           VARCHAR(100)    NOT NULL,
    device_id           UUID            NOT NULL,
    property            VARCHAR(64)     NOT NULL,
    unit                VARCHAR(16)     NOT NULL,
    limit_value         NUMERIC(24, 6)  NOT NULL,
    standard            VARCHAR(200)    NOT NULL,
    blue                NUMERIC(24, 6)  NOT NULL,
    yellow              NUMERIC(24, 6)  NOT NULL,
    orange              NUMERIC(24, 6)  NOT NULL,
    red                 NUMERIC(24, 6)  NOT NULL,
    deadband            NUMERIC(24, 6)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ehs_monitored_point_owner_ck CHECK (
        (hazard_source_id IS NULL AND discharge_point_id IS NOT NULL)
        OR (hazard_source_id IS NOT NULL AND discharge_point_id IS NULL))
);
CREATE INDEX ehs_monitored_point_device_idx ON ehs_monitored_point (device_id);

-- ehs_exceedance: one episode of a monitored point at or above its 蓝 threshold, from the
-- first such value to the first value back under it by the deadband (ended_at NULL while
-- open), with the worst grade, the peak and the alarm currently raised for it.
CREATE TABLE ehs_exceedance (
    id          UUID PRIMARY KEY,
    tenant_id   UUID            NOT NULL,
    point_id    UUID            NOT NULL REFERENCES ehs_monitored_point (id),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    worst_grade VARCHAR(8)      NOT NULL,
    peak        NUMERIC(24, 6)  NOT NULL,
    peak_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    alarm_id    UUID
);
CREATE INDEX ehs_exceedance_point_idx ON ehs_exceedance (tenant_id, point_id, started_at);
