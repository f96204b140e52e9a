-- assessment_attachment: supporting material (支撑材料) attached to one question or
-- scenario of a run, kept in the database so that a backup holds it too. size_bytes is
-- the length of content (at most 10 MiB, checked by the application).
CREATE TABLE assessment_attachment (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    run_id        UUID          NOT NULL REFERENCES assessment_run (id) ON DELETE CASCADE,
    code          VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_attachment_idx ON assessment_attachment (tenant_id, run_id, code);
