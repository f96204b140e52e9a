-- energy hints (节能建议): suggestions worked out from the meters, the machines' states and the
-- compressors' readings. One row per tenant, kind and subject (the meter, machine or compressor
-- device the suggestion is about); recomputing updates its figures and keeps its state (OPEN, DONE,
-- DISMISSED). Figures the data cannot give are NULL (missing, never zero). evidence is the series
-- behind the suggestion as JSON.
CREATE TABLE energy_suggestion (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID           NOT NULL,
    kind               VARCHAR(32)    NOT NULL,
    subject_id         UUID           NOT NULL,
    subject_code       VARCHAR(100)   NOT NULL,
    subject_name       VARCHAR(200)   NOT NULL,
    state              VARCHAR(16)    NOT NULL,
    money_per_month    NUMERIC(18, 2),
    kwh_per_month      NUMERIC(18, 3),
    tce_per_month      NUMERIC(18, 6),
    figures            TEXT           NOT NULL,
    evidence           TEXT           NOT NULL,
    observed_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    observed_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    computed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    state_changed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT energy_suggestion_subject UNIQUE (tenant_id, kind, subject_id)
);

-- energy_flexible_meter: meters whose load may be moved in time (a batch process, charging,
-- pumping to a tank); their 尖/峰 consumption is a candidate for the valley.
CREATE TABLE energy_flexible_meter (
    meter_id    UUID PRIMARY KEY REFERENCES energy_meter (id),
    tenant_id   UUID NOT NULL
);

-- energy_machine_state: the machines' state changes as equipment announces them
-- (MachineStateChanged), to tell the energy a machine drew while idle or stopped.
CREATE TABLE energy_machine_state (
    tenant_id      UUID          NOT NULL,
    equipment_id   UUID          NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    PRIMARY KEY (equipment_id, changed_at)
);
