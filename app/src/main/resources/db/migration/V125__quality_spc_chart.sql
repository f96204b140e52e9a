-- quality (SPC): one control chart per inspection characteristic, as configured. Without a
-- row a characteristic gets the usual chart for its kind and subgroup size and the Western
-- Electric rules. chart_type: XBAR_R, XBAR_S, I_MR, P, NP, C, U. rule_family:
-- WESTERN_ELECTRIC (rules 1-4) or NELSON (rules 1-8); the run lengths are the rules' own.
CREATE TABLE quality_spc_chart (
    tenant_id          UUID          NOT NULL,
    characteristic_id  UUID          NOT NULL,
    chart_type         VARCHAR(16)   NOT NULL,
    rule_family        VARCHAR(32)   NOT NULL,
    same_side_run      INTEGER       NOT NULL,
    trend_run          INTEGER       NOT NULL,
    alternating_run    INTEGER       NOT NULL,
    stratification_run INTEGER       NOT NULL,
    mixture_run        INTEGER       NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_spc_chart_pk PRIMARY KEY (tenant_id, characteristic_id),
    CONSTRAINT quality_spc_chart_type CHECK (chart_type IN ('XBAR_R', 'XBAR_S', 'I_MR', 'P', 'NP', 'C', 'U')),
    CONSTRAINT quality_spc_chart_family CHECK (rule_family IN ('WESTERN_ELECTRIC', 'NELSON'))
);
