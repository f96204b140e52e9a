-- ehs: emergency plans (应急预案) and drills (应急演练).
-- ehs_emergency_plan: a plan of one site: 综合预案 (COMPREHENSIVE), 专项预案 (SPECIAL) or
-- 现场处置方案 (ON_SITE); its response levels and contacts one per line; when it is due for
-- review (评估).
CREATE TABLE ehs_emergency_plan (
    id               UUID PRIMARY KEY,
    tenant_id        UUID           NOT NULL,
    code             VARCHAR(64)    NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    site_id          UUID           NOT NULL,
    kind             VARCHAR(16)    NOT NULL,
    response_levels  VARCHAR(2000)  NOT NULL,
    contacts         VARCHAR(2000)  NOT NULL,
    review_due       DATE           NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ehs_emergency_plan_code_uq UNIQUE (tenant_id, code)
);

-- the hazardous sources a plan covers
CREATE TABLE ehs_emergency_plan_source (
    plan_id           UUID NOT NULL REFERENCES ehs_emergency_plan (id),
    hazard_source_id  UUID NOT NULL REFERENCES ehs_hazard_source (id),
    CONSTRAINT ehs_emergency_plan_source_pk PRIMARY KEY (plan_id, hazard_source_id)
);

-- ehs_emergency_drill: one exercise of a plan: the day, the scenario, how many took part,
-- how long it lasted and how it went. Its findings are ehs_finding rows with its drill_id.
CREATE TABLE ehs_emergency_drill (
    id                UUID PRIMARY KEY,
    tenant_id         UUID           NOT NULL,
    plan_id           UUID           NOT NULL REFERENCES ehs_emergency_plan (id),
    drilled_on        DATE           NOT NULL,
    scenario          VARCHAR(500)   NOT NULL,
    participants      INTEGER        NOT NULL,
    duration_minutes  INTEGER        NOT NULL,
    evaluation        VARCHAR(2000)  NOT NULL,
    created_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ehs_emergency_drill_plan_idx ON ehs_emergency_drill (plan_id, drilled_on);
