-- assessment_run: one self-assessment of a tenant against one model version. Submitting
-- stores the score card once (result, with total and grade for lists and comparisons);
-- submitting again changes nothing.
CREATE TABLE assessment_run (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    model_code     VARCHAR(64)   NOT NULL,
    model_version  VARCHAR(32)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    started_by     VARCHAR(100)  NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by   VARCHAR(100),
    submitted_at   TIMESTAMP WITH TIME ZONE,
    total          DECIMAL(12, 4),
    grade          VARCHAR(32),
    result         TEXT
);
CREATE INDEX assessment_run_tenant_idx ON assessment_run (tenant_id, model_code, started_at);

-- assessment_answer: the current answer to one question or scenario of a run, typed in
-- (MANUAL) or accepted from the platform's own data (EVIDENCE, with the fact as it was).
CREATE TABLE assessment_answer (
    run_id         UUID          NOT NULL,
    tenant_id      UUID          NOT NULL,
    code           VARCHAR(64)   NOT NULL,
    answer         TEXT          NOT NULL,
    source         VARCHAR(16)   NOT NULL,
    evidence       TEXT,
    answered_by    VARCHAR(100)  NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, code)
);
