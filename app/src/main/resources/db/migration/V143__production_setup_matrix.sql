-- production: the setup matrix (换型矩阵) of a work centre: how long a resource of it needs to
-- change over from a product of one family to a product of another.
CREATE TABLE production_setup_time (
    tenant_id       UUID          NOT NULL,
    work_centre_id  UUID          NOT NULL REFERENCES production_work_centre (id) ON DELETE CASCADE,
    from_family     VARCHAR(50)   NOT NULL,
    to_family       VARCHAR(50)   NOT NULL,
    setup_seconds   BIGINT        NOT NULL,
    PRIMARY KEY (work_centre_id, from_family, to_family),
    CONSTRAINT production_setup_time_seconds CHECK (setup_seconds >= 0)
);
CREATE INDEX production_setup_time_idx ON production_setup_time (tenant_id, work_centre_id);
