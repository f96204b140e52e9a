-- device: commands (services of the thing model) sent to a device and their outcome.
-- state: SENT (waiting for the reply), REPLIED, FAILED (the device answered ok=false) or
-- TIMED_OUT. params and reply are JSON text.
CREATE TABLE device_command (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL,
    device_id   UUID          NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    device_key  VARCHAR(64)   NOT NULL,
    service     VARCHAR(64)   NOT NULL,
    params      VARCHAR(10000) NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    reply       VARCHAR(10000),
    error       VARCHAR(1000),
    issued_by   VARCHAR(200)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX device_command_device_idx ON device_command (tenant_id, device_id, issued_at);
