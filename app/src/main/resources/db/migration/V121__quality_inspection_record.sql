-- quality (inspection): inspection records (检验记录). A record is opened on a plan,
-- optionally for a lot (lot_number; supplier_id for receiving), collects subgroups and is
-- completed with a verdict: status OPEN, then ACCEPTED or REJECTED. sample_size and
-- rejected: units inspected and found nonconforming, as the verdict stated them.
CREATE TABLE quality_inspection_record (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    plan_id            UUID          NOT NULL REFERENCES quality_inspection_plan (id),
    item_id            UUID          NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    operation          VARCHAR(200),
    lot_number         VARCHAR(100),
    supplier_id        UUID,
    operator           VARCHAR(100),
    equipment_id       UUID,
    status             VARCHAR(16)   NOT NULL,
    sample_size        INTEGER,
    rejected           INTEGER,
    verdict_note       VARCHAR(2000),
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    completed_by       VARCHAR(100),
    CONSTRAINT quality_inspection_record_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
);
CREATE INDEX quality_inspection_record_lot_idx ON quality_inspection_record (tenant_id, item_id, lot_number);
CREATE INDEX quality_inspection_record_started_idx ON quality_inspection_record (tenant_id, started_at);
CREATE INDEX quality_inspection_record_plan_idx ON quality_inspection_record (tenant_id, plan_id);

-- One subgroup (子组) of one characteristic: measured values (quality_subgroup_value) of a
-- variable one, or inspected / nonconforming units and defects (quality_subgroup_defect
-- by type) of an attribute one. source MANUAL (REST, pages; record_id set) or TELEMETRY
-- (device_id set). out_of_spec: measured values outside the spec limits when taken.
CREATE TABLE quality_subgroup (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    characteristic_id  UUID          NOT NULL REFERENCES quality_characteristic (id),
    record_id          UUID          REFERENCES quality_inspection_record (id),
    source             VARCHAR(16)   NOT NULL,
    device_id          UUID,
    taken_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    inspected          INTEGER       NOT NULL,
    nonconforming      INTEGER       NOT NULL,
    defects            INTEGER       NOT NULL,
    out_of_spec        INTEGER       NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_subgroup_source CHECK (source IN ('MANUAL', 'TELEMETRY')),
    CONSTRAINT quality_subgroup_counts CHECK (inspected >= 0 AND nonconforming >= 0 AND nonconforming <= inspected AND defects >= 0)
);
CREATE INDEX quality_subgroup_characteristic_idx ON quality_subgroup (tenant_id, characteristic_id, taken_at);
CREATE INDEX quality_subgroup_record_idx ON quality_subgroup (record_id);

CREATE TABLE quality_subgroup_value (
    subgroup_id        UUID          NOT NULL REFERENCES quality_subgroup (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    measured           DOUBLE PRECISION NOT NULL,
    CONSTRAINT quality_subgroup_value_pk PRIMARY KEY (subgroup_id, position)
);

CREATE TABLE quality_subgroup_defect (
    subgroup_id        UUID          NOT NULL REFERENCES quality_subgroup (id) ON DELETE CASCADE,
    defect_type        VARCHAR(100)  NOT NULL,
    defect_count       INTEGER       NOT NULL,
    CONSTRAINT quality_subgroup_defect_pk PRIMARY KEY (subgroup_id, defect_type),
    CONSTRAINT quality_subgroup_defect_count CHECK (defect_count > 0)
);
