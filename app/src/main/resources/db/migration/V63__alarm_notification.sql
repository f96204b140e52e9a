-- alarm notifications: a tenant's channels (webhook, 企业微信 / 钉钉 group robot, e-mail), the
-- outbox of deliveries (one row per channel and alarm event) and every attempt to send one.
-- secret is write-only: the REST answers and pages never show it.
CREATE TABLE alarm_channel (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    url            VARCHAR(2000),
    secret         VARCHAR(500),
    recipients     VARCHAR(2000),
    language       VARCHAR(5),
    min_severity   VARCHAR(10)   NOT NULL,
    events         VARCHAR(100)  NOT NULL,
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX alarm_channel_tenant_idx ON alarm_channel (tenant_id, name);

-- status: PENDING (to be sent at next_attempt_at), SENT, GAVE_UP. A sender owns a row while
-- lease_until lies ahead. event_key (event, alarm, when) makes a repeated event one delivery.
CREATE TABLE alarm_delivery (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    channel_id       UUID          NOT NULL REFERENCES alarm_channel (id) ON DELETE CASCADE,
    event            VARCHAR(20)   NOT NULL,
    event_key        VARCHAR(200)  NOT NULL,
    alarm_id         UUID,
    notice           VARCHAR(8000) NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    lease_until      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT alarm_delivery_once UNIQUE (channel_id, event_key)
);
CREATE INDEX alarm_delivery_due_idx ON alarm_delivery (status, next_attempt_at);
CREATE INDEX alarm_delivery_channel_idx ON alarm_delivery (channel_id, created_at);

-- One row per attempt: when, how long, the HTTP status or the SMTP / connection error, and
-- when the next attempt was scheduled (NULL after success or giving up).
CREATE TABLE alarm_delivery_attempt (
    id            UUID PRIMARY KEY,
    delivery_id   UUID          NOT NULL REFERENCES alarm_delivery (id) ON DELETE CASCADE,
    attempt       INT           NOT NULL,
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms   BIGINT        NOT NULL,
    succeeded     BOOLEAN       NOT NULL,
    http_status   INT,
    error         VARCHAR(1000),
    retry_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX alarm_delivery_attempt_idx ON alarm_delivery_attempt (delivery_id, attempt);
