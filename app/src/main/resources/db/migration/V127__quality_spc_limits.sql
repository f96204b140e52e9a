-- quality (SPC): control limits frozen from a phase I baseline. Recomputing adds a row, so
-- the history of limits stays; the newest row is the one in force. center: x-double-bar,
-- x-bar, p-bar, c-bar or u-bar; spread: R-bar, s-bar or MR-bar (0 for attributes);
-- baseline_from / baseline_to: the times of the first and last baseline subgroup.
CREATE TABLE quality_spc_limits (
    id                 UUID          PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    characteristic_id  UUID          NOT NULL,
    chart_type         VARCHAR(16)   NOT NULL,
    subgroup_size      INTEGER       NOT NULL,
    center             DOUBLE PRECISION NOT NULL,
    spread             DOUBLE PRECISION NOT NULL,
    baseline_subgroups INTEGER       NOT NULL,
    baseline_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    baseline_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    reason             VARCHAR(500),
    computed_by        VARCHAR(100)  NOT NULL,
    computed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quality_spc_limits_chart_idx ON quality_spc_limits (tenant_id, characteristic_id, computed_at);

-- A run-rule violation found when a subgroup arrived, judged against the limits then in
-- force; raised as a quality alarm (alarm_id). statistic: the series (MEAN, RANGE, ...);
-- side: ABOVE, BELOW, INCREASING, DECREASING or BOTH.
CREATE TABLE quality_spc_violation (
    id                 UUID          PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    characteristic_id  UUID          NOT NULL,
    subgroup_id        UUID          NOT NULL,
    limits_id          UUID          NOT NULL REFERENCES quality_spc_limits (id),
    statistic          VARCHAR(32)   NOT NULL,
    rule               VARCHAR(48)   NOT NULL,
    rule_family        VARCHAR(32)   NOT NULL,
    rule_number        INTEGER       NOT NULL,
    side               VARCHAR(16)   NOT NULL,
    plotted            DOUBLE PRECISION NOT NULL,
    alarm_id           UUID,
    detected_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_spc_violation_once UNIQUE (limits_id, subgroup_id, statistic, rule)
);
CREATE INDEX quality_spc_violation_chart_idx ON quality_spc_violation (tenant_id, characteristic_id, detected_at);
