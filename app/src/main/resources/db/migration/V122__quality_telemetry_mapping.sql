-- quality (inspection): a device's thing-model property feeds a variable characteristic
-- (自动检验). Consecutive values (by measurement time) are grouped into subgroups of the
-- characteristic's sample size. taken_to: the newest measurement time taken so far (values
-- at or before it are not taken again). Values taken but not yet a whole subgroup wait in
-- quality_telemetry_pending, so a restart loses none.
CREATE TABLE quality_telemetry_mapping (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    device_id          UUID          NOT NULL,
    property           VARCHAR(100)  NOT NULL,
    characteristic_id  UUID          NOT NULL REFERENCES quality_characteristic (id) ON DELETE CASCADE,
    active             BOOLEAN       NOT NULL,
    taken_to           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_telemetry_mapping_unique UNIQUE (tenant_id, device_id, property, characteristic_id)
);
CREATE INDEX quality_telemetry_mapping_device_idx ON quality_telemetry_mapping (device_id);

CREATE TABLE quality_telemetry_pending (
    mapping_id         UUID          NOT NULL REFERENCES quality_telemetry_mapping (id) ON DELETE CASCADE,
    measured_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    measured           DOUBLE PRECISION NOT NULL,
    CONSTRAINT quality_telemetry_pending_pk PRIMARY KEY (mapping_id, measured_at)
);
