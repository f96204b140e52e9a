-- energy_output: the parts a machine made, as the equipment module told energy: each PartsCounted
-- (source COUNTER, keyed by its countId, so an event delivered twice is kept once) and each
-- ReportedOutput (报工, source REPORTED, keyed by a name-based id of its content). A counter count
-- whose period starts inside a reported period of the same machine is not added (the report
-- replaces it), the same rule as equipment's OEE.
CREATE TABLE energy_output (
    count_id      UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL,
    equipment_id  UUID         NOT NULL,
    period_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end    TIMESTAMP WITH TIME ZONE NOT NULL,
    good_count    BIGINT       NOT NULL,
    reject_count  BIGINT       NOT NULL,
    source        VARCHAR(16)  NOT NULL
);
CREATE INDEX energy_output_machine ON energy_output (tenant_id, equipment_id, period_start);
