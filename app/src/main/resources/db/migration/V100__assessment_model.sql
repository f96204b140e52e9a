-- assessment: maturity models a tenant's admin imported (the shipped ones are files in
-- the application). The file is kept as it was sent and read again on use.
CREATE TABLE assessment_model (
    tenant_id     UUID          NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    version       VARCHAR(32)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content       TEXT          NOT NULL,
    imported_by   VARCHAR(100)  NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, code, version)
);
