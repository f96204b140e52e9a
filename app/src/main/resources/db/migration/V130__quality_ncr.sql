-- quality: nonconformance reports (不合格品报告, NCR). source: DEFECT (from a defect record),
-- INSPECTION (a rejected lot; inspection_record_id is unique so a redelivered event opens
-- no second NCR) or MANUAL. state: OPEN, INVESTIGATING, CORRECTING, VERIFYING, CLOSED,
-- CANCELLED (see NcrStateMachine). disposition: REWORK, SCRAP, USE_AS_IS, RETURN_TO_SUPPLIER.
CREATE TABLE quality_ncr (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    number               VARCHAR(32)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    source               VARCHAR(16)   NOT NULL,
    severity             VARCHAR(16)   NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    defect_id            UUID,
    inspection_record_id UUID,
    item_id              UUID,
    lot_number           VARCHAR(100),
    supplier_id          UUID,
    quantity             INTEGER,
    disposition          VARCHAR(24),
    disposition_quantity INTEGER,
    disposition_note     VARCHAR(2000),
    disposition_by       VARCHAR(100),
    disposition_at       TIMESTAMP WITH TIME ZONE,
    closure_note         VARCHAR(4000),
    cancel_reason        VARCHAR(2000),
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by            VARCHAR(100),
    closed_at            TIMESTAMP WITH TIME ZONE,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_ncr_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT quality_ncr_inspection_unique UNIQUE (tenant_id, inspection_record_id),
    CONSTRAINT quality_ncr_source CHECK (source IN ('DEFECT', 'INSPECTION', 'MANUAL')),
    CONSTRAINT quality_ncr_severity CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL')),
    CONSTRAINT quality_ncr_state CHECK (state IN ('OPEN', 'INVESTIGATING', 'CORRECTING', 'VERIFYING', 'CLOSED', 'CANCELLED')),
    CONSTRAINT quality_ncr_disposition CHECK (disposition IS NULL
        OR disposition IN ('REWORK', 'SCRAP', 'USE_AS_IS', 'RETURN_TO_SUPPLIER'))
);
CREATE INDEX quality_ncr_state_idx ON quality_ncr (tenant_id, state, created_at);
CREATE INDEX quality_ncr_supplier_idx ON quality_ncr (tenant_id, supplier_id, created_at);

-- The eight disciplines of the NCR's 8D: D1 team … D8 closure, each with an owner, a due
-- date and who finished it when.
CREATE TABLE quality_ncr_step (
    ncr_id               UUID          NOT NULL REFERENCES quality_ncr (id) ON DELETE CASCADE,
    tenant_id            UUID          NOT NULL,
    discipline           VARCHAR(4)    NOT NULL,
    owner                VARCHAR(100),
    due_date             DATE,
    note                 VARCHAR(4000),
    done_by              VARCHAR(100),
    done_at              TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (ncr_id, discipline),
    CONSTRAINT quality_ncr_step_discipline CHECK (discipline IN ('D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'))
);

-- Containment, root cause, corrective and preventive actions (CAPA) with owner, due date,
-- when done and who verified that it worked.
CREATE TABLE quality_ncr_action (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    ncr_id               UUID          NOT NULL REFERENCES quality_ncr (id) ON DELETE CASCADE,
    kind                 VARCHAR(16)   NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    owner                VARCHAR(100)  NOT NULL,
    due_date             DATE          NOT NULL,
    done_by              VARCHAR(100),
    done_at              TIMESTAMP WITH TIME ZONE,
    verified_by          VARCHAR(100),
    verified_at          TIMESTAMP WITH TIME ZONE,
    verification_note    VARCHAR(2000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_ncr_action_kind CHECK (kind IN ('CONTAINMENT', 'ROOT_CAUSE', 'CORRECTIVE', 'PREVENTIVE'))
);
CREATE INDEX quality_ncr_action_idx ON quality_ncr_action (ncr_id, created_at);
