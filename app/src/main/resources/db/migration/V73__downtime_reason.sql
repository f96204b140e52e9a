-- equipment: each tenant's tree of downtime reasons (停机原因), e.g. 设备故障 › 机械故障. A default
-- tree is seeded the first time a tenant uses it. machine_state_interval.reason_id names the
-- reason an operator picked for a stop.
CREATE TABLE downtime_reason (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    parent_id        UUID REFERENCES downtime_reason (id),
    code             VARCHAR(32)   NOT NULL,
    name_zh          VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(100)  NOT NULL,
    sort_order       INT           NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT downtime_reason_code_unique UNIQUE (tenant_id, code)
);
CREATE INDEX downtime_reason_tenant_idx ON downtime_reason (tenant_id, sort_order);
ALTER TABLE machine_state_interval ADD CONSTRAINT machine_state_interval_reason
    FOREIGN KEY (reason_id) REFERENCES downtime_reason (id);
