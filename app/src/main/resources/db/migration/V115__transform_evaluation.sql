-- transform: results evaluation (成效评估). An evaluation covers one period and may name an
-- earlier evaluation as its baseline; each KPI value keeps the inputs it was computed from
-- and where they came from (entered by a person, measured by the platform, or surveyed).
CREATE TABLE transform_evaluation (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    period_from   DATE          NOT NULL,
    period_to     DATE          NOT NULL,
    baseline_id   UUID          REFERENCES transform_evaluation (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL
);
CREATE INDEX transform_evaluation_tenant_idx ON transform_evaluation (tenant_id, period_to);

CREATE TABLE transform_kpi_value (
    evaluation_id UUID          NOT NULL REFERENCES transform_evaluation (id) ON DELETE CASCADE,
    kpi           VARCHAR(40)   NOT NULL,
    kpi_value     DOUBLE PRECISION NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    inputs        VARCHAR(2000) NOT NULL,
    evidence      VARCHAR(8000) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    PRIMARY KEY (evaluation_id, kpi)
);

-- one System Usability Scale questionnaire per respondent and evaluation; answering again
-- replaces the earlier answers
CREATE TABLE transform_sus_response (
    evaluation_id UUID          NOT NULL REFERENCES transform_evaluation (id) ON DELETE CASCADE,
    respondent    VARCHAR(100)  NOT NULL,
    answers       VARCHAR(40)   NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (evaluation_id, respondent)
);
