-- quality: defect codes (缺陷代码), a tree of any depth: a category above its codes, and
-- codes below those if a plant wants more detail. code is unique in the tenant; the
-- application refuses a parent that would make a cycle.
CREATE TABLE quality_defect_code (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    parent_id          UUID          REFERENCES quality_defect_code (id),
    code               VARCHAR(50)   NOT NULL,
    name_zh            VARCHAR(200)  NOT NULL,
    name_en            VARCHAR(200)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_defect_code_unique UNIQUE (tenant_id, code)
);
CREATE INDEX quality_defect_code_parent_idx ON quality_defect_code (tenant_id, parent_id);
