-- energy_output_value: a site's output value (产值) of one month in 万元 (10 000 CNY), entered by
-- hand, the denominator of tce and kWh per 万元. One row per site and month, replaced when entered again.
CREATE TABLE energy_output_value (
    tenant_id     UUID           NOT NULL,
    site_id       UUID           NOT NULL,
    period_month  VARCHAR(7)     NOT NULL,
    value_wan     NUMERIC(18, 4) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, site_id, period_month)
);
