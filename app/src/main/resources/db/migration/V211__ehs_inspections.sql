-- ehs: safety inspections and hidden-danger findings (隐患排查治理).
-- ehs_checklist: an inspection checklist (安全检查表) of one site (tenancy's node id, not a
-- foreign key: modules do not share tables), with its items in order.
CREATE TABLE ehs_checklist (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    code        VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    site_id     UUID          NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ehs_checklist_code_uq UNIQUE (tenant_id, code)
);

CREATE TABLE ehs_checklist_item (
    id            UUID PRIMARY KEY,
    checklist_id  UUID          NOT NULL REFERENCES ehs_checklist (id),
    position      INTEGER       NOT NULL,
    item_text     VARCHAR(500)  NOT NULL,
    category      VARCHAR(100)  NOT NULL,
    legal_basis   VARCHAR(200)
);
CREATE INDEX ehs_checklist_item_checklist_idx ON ehs_checklist_item (checklist_id, position);

-- ehs_inspection: one run of a checklist on a day by an inspector, of the checklist's
-- site or of one hazardous source there; each item answered OK, FINDING or NOT_APPLICABLE.
CREATE TABLE ehs_inspection (
    id                UUID PRIMARY KEY,
    tenant_id         UUID          NOT NULL,
    checklist_id      UUID          NOT NULL REFERENCES ehs_checklist (id),
    site_id           UUID          NOT NULL,
    hazard_source_id  UUID          REFERENCES ehs_hazard_source (id),
    inspected_on      DATE          NOT NULL,
    inspector         VARCHAR(100)  NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ehs_inspection_tenant_idx ON ehs_inspection (tenant_id, inspected_on);

CREATE TABLE ehs_inspection_answer (
    inspection_id  UUID          NOT NULL REFERENCES ehs_inspection (id),
    item_id        UUID          NOT NULL REFERENCES ehs_checklist_item (id),
    outcome        VARCHAR(16)   NOT NULL,
    note           VARCHAR(1000),
    CONSTRAINT ehs_inspection_answer_pk PRIMARY KEY (inspection_id, item_id)
);

-- ehs_finding: a hidden danger (隐患), 一般 (GENERAL) or 重大 (MAJOR), found by an inspection
-- item or a drill (drill_id: ehs_emergency_drill, created by V212), with who must rectify
-- it by when. State OPEN -> RECTIFIED (measure, by whom) -> VERIFIED (by someone else);
-- a rejected rectification goes back to OPEN.
CREATE TABLE ehs_finding (
    id                UUID PRIMARY KEY,
    tenant_id         UUID           NOT NULL,
    site_id           UUID           NOT NULL,
    hazard_source_id  UUID           REFERENCES ehs_hazard_source (id),
    inspection_id     UUID           REFERENCES ehs_inspection (id),
    item_id           UUID           REFERENCES ehs_checklist_item (id),
    drill_id          UUID,
    severity          VARCHAR(8)     NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    location          VARCHAR(200),
    found_on          DATE           NOT NULL,
    found_by          VARCHAR(100)   NOT NULL,
    responsible       VARCHAR(100)   NOT NULL,
    deadline          DATE           NOT NULL,
    state             VARCHAR(16)    NOT NULL,
    measure           VARCHAR(2000),
    rectified_by      VARCHAR(100),
    rectified_at      TIMESTAMP WITH TIME ZONE,
    verified_by       VARCHAR(100),
    verified_at       TIMESTAMP WITH TIME ZONE,
    verification_note VARCHAR(2000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ehs_finding_tenant_idx ON ehs_finding (tenant_id, state, deadline);

-- ehs_finding_step: what happened to a finding, in order (raised, rectified, rejected with
-- the reason, verified), by whom and when.
CREATE TABLE ehs_finding_step (
    id          UUID PRIMARY KEY,
    finding_id  UUID           NOT NULL REFERENCES ehs_finding (id),
    action      VARCHAR(16)    NOT NULL,
    actor       VARCHAR(100)   NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(2000)
);
CREATE INDEX ehs_finding_step_finding_idx ON ehs_finding_step (finding_id, happened_at);
