-- audit: every change, who, when, tenant, what, before/after; kept 180 days by default.
CREATE TABLE audit_entry (
    id          UUID         NOT NULL PRIMARY KEY,
    tenant_id   UUID,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    entity_type VARCHAR(60)  NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_entry_tenant_at_idx ON audit_entry (tenant_id, at);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
