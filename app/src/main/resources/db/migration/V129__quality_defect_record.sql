-- quality: defects found (缺陷记录). quantity is the number of defects of this code found
-- at once. location is where on the part (free text), drawing_x/drawing_y optionally the
-- spot on the part's drawing as a fraction of its width and height (0..1). line_id is a
-- node of the enterprise structure; shift_name the shift as the calendar named it (or as
-- given); supplier_id a master-data partner. Item and supplier codes are copied so the
-- record still reads right after master data changes.
CREATE TABLE quality_defect_record (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    code_id            UUID          NOT NULL REFERENCES quality_defect_code (id),
    item_id            UUID          NOT NULL,
    item_code          VARCHAR(64)   NOT NULL,
    quantity           INTEGER       NOT NULL,
    location           VARCHAR(500),
    drawing_x          DOUBLE PRECISION,
    drawing_y          DOUBLE PRECISION,
    line_id            UUID,
    shift_name         VARCHAR(100),
    supplier_id        UUID,
    supplier_code      VARCHAR(64),
    lot_number         VARCHAR(100),
    found_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    note               VARCHAR(2000),
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT quality_defect_quantity CHECK (quantity > 0),
    CONSTRAINT quality_defect_drawing CHECK ((drawing_x IS NULL AND drawing_y IS NULL)
        OR (drawing_x BETWEEN 0 AND 1 AND drawing_y BETWEEN 0 AND 1))
);
CREATE INDEX quality_defect_found_idx ON quality_defect_record (tenant_id, found_at);
CREATE INDEX quality_defect_code_idx ON quality_defect_record (tenant_id, code_id);

-- The photo of a defect (at most one), kept in the database like equipment documents so a
-- backup holds it; size_bytes is at most 5 MiB, checked by the application.
CREATE TABLE quality_defect_photo (
    defect_id          UUID PRIMARY KEY REFERENCES quality_defect_record (id) ON DELETE CASCADE,
    tenant_id          UUID          NOT NULL,
    file_name          VARCHAR(255)  NOT NULL,
    content_type       VARCHAR(100)  NOT NULL,
    size_bytes         BIGINT        NOT NULL,
    content            BYTEA         NOT NULL,
    uploaded_by        VARCHAR(100)  NOT NULL,
    uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
