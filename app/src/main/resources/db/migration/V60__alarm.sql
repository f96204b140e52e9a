-- alarm: rules over device properties, alarms with their ISA-18.2 state, and each alarm's history.
-- A rule watches a device type or one device (exactly one of the two is set). kind: THRESHOLD,
-- RANGE, RATE_OF_CHANGE, SUSTAINED, NO_DATA; the columns a kind does not use are NULL.
CREATE TABLE alarm_rule (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    device_type_id   UUID,
    device_id        UUID,
    property         VARCHAR(64)   NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    comparison       VARCHAR(2),
    limit_value      DOUBLE PRECISION,
    low_value        DOUBLE PRECISION,
    high_value       DOUBLE PRECISION,
    deadband         DOUBLE PRECISION NOT NULL,
    duration_seconds BIGINT,
    severity         VARCHAR(10)   NOT NULL,
    message_zh       VARCHAR(500)  NOT NULL,
    message_en       VARCHAR(500)  NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alarm_rule_scope CHECK ((device_type_id IS NULL) <> (device_id IS NULL))
);
CREATE INDEX alarm_rule_tenant_idx ON alarm_rule (tenant_id, name);

-- An alarm. open_key is tenant|originator|condition while the alarm is open and NULL once it
-- is closed (cleared and acknowledged): the UNIQUE constraint allows only one open alarm per
-- rule (or caller's condition) and originator, and any number of closed ones.
CREATE TABLE alarm (
    id               UUID PRIMARY KEY,
    tenant_id        UUID          NOT NULL,
    originator_kind  VARCHAR(40)   NOT NULL,
    originator_id    VARCHAR(100)  NOT NULL,
    rule_id          UUID,
    alarm_condition  VARCHAR(100)  NOT NULL,
    severity         VARCHAR(10)   NOT NULL,
    message_zh       VARCHAR(1000) NOT NULL,
    message_en       VARCHAR(1000) NOT NULL,
    state            VARCHAR(30)   NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by  VARCHAR(200),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    cleared_by       VARCHAR(200),
    cleared_at       TIMESTAMP WITH TIME ZONE,
    open_key         VARCHAR(300),
    CONSTRAINT alarm_open_key UNIQUE (open_key)
);
CREATE INDEX alarm_tenant_idx ON alarm (tenant_id, state, raised_at);
CREATE INDEX alarm_originator_idx ON alarm (tenant_id, originator_kind, originator_id);

CREATE TABLE alarm_history (
    id        UUID PRIMARY KEY,
    alarm_id  UUID         NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    action    VARCHAR(20)  NOT NULL,
    actor     VARCHAR(200) NOT NULL,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state     VARCHAR(30)  NOT NULL
);
CREATE INDEX alarm_history_alarm_idx ON alarm_history (alarm_id, happened_at);
