-- telemetry on PostgreSQL (only when Kaiwu runs on PostgreSQL; the embedded default keeps
-- telemetry in DuckDB): one table partitioned by month on the measurement time, partitions
-- created by the store as data arrives. The primary key makes a redelivered measurement a
-- no-op (INSERT ... ON CONFLICT DO NOTHING).
CREATE TABLE telemetry_point (
    tenant_id  UUID             NOT NULL,
    device_id  UUID             NOT NULL,
    property   VARCHAR(64)      NOT NULL,
    ts         TIMESTAMPTZ      NOT NULL,
    num_value  DOUBLE PRECISION,
    text_value VARCHAR(1000),
    quality    SMALLINT         NOT NULL,
    PRIMARY KEY (device_id, property, ts)
) PARTITION BY RANGE (ts);
CREATE INDEX telemetry_point_tenant_ts_idx ON telemetry_point (tenant_id, ts);
