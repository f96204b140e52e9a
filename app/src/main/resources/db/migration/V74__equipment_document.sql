-- equipment: documents of a machine (manuals, drawings, certificates), kept in the database so
-- that a backup holds them too. size_bytes is the length of content (at most 10 MiB, checked by
-- the application).
CREATE TABLE equipment_document (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    equipment_id     UUID          NOT NULL REFERENCES equipment (id) ON DELETE CASCADE,
    file_name        VARCHAR(255)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    content          BYTEA         NOT NULL,
    uploaded_by      VARCHAR(200)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX equipment_document_idx ON equipment_document (tenant_id, equipment_id, uploaded_at);
