-- health: machine health and predictive maintenance (设备健康与预测性维护).
-- health_profile: which properties of a machine's device carry its vibration (mm/s RMS),
-- temperature (°C, optional) and spindle load (%, the current proxy; 0 when not running).
CREATE TABLE health_profile (
    equipment_id          UUID PRIMARY KEY,
    tenant_id             UUID         NOT NULL,
    device_id             UUID         NOT NULL,
    vibration_property    VARCHAR(64)  NOT NULL,
    temperature_property  VARCHAR(64),
    load_property         VARCHAR(64)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX health_profile_tenant_idx ON health_profile (tenant_id);

-- health_assessment: the newest assessment of each machine (written at most once a minute,
-- and at once when the phase changes or a warning is given).
CREATE TABLE health_assessment (
    equipment_id          UUID PRIMARY KEY,
    tenant_id             UUID         NOT NULL,
    assessed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    phase                 VARCHAR(16)  NOT NULL,
    health_index          DOUBLE PRECISION NOT NULL,
    vibration_excess      DOUBLE PRECISION NOT NULL,
    temperature_excess    DOUBLE PRECISION,
    failure_at            TIMESTAMP WITH TIME ZONE,
    earliest_failure_at   TIMESTAMP WITH TIME ZONE,
    latest_failure_at     TIMESTAMP WITH TIME ZONE,
    warned_at             TIMESTAMP WITH TIME ZONE
);

-- health_warning: every warning of a coming failure, with the estimate it was given on.
CREATE TABLE health_warning (
    id                    UUID PRIMARY KEY,
    tenant_id             UUID         NOT NULL,
    equipment_id          UUID         NOT NULL,
    warned_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    failure_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    earliest_failure_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    latest_failure_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    health_index          DOUBLE PRECISION NOT NULL,
    vibration_excess      DOUBLE PRECISION NOT NULL
);
CREATE INDEX health_warning_equipment_idx ON health_warning (tenant_id, equipment_id, warned_at);
