-- quality (SPC): the subgroups a chart plots, copied from the SubgroupRecorded events (the
-- subgroup's id makes a second delivery a no-op). measured: the values of a variable
-- subgroup, separated by spaces; inspected / nonconforming / defects: the counts of an
-- attribute one.
CREATE TABLE quality_spc_point (
    subgroup_id        UUID          PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    characteristic_id  UUID          NOT NULL,
    taken_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    measured           VARCHAR(4000) NOT NULL,
    inspected          INTEGER       NOT NULL,
    nonconforming      INTEGER       NOT NULL,
    defects            INTEGER       NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quality_spc_point_chart_idx ON quality_spc_point (tenant_id, characteristic_id, taken_at);
