-- maintenance: plans (维护计划) per machine. trigger_kind: CALENDAR (every `every_n`
-- calendar_unit from start_on; next_due_on), RUNTIME (every `every_n` hours of RUNNING),
-- COUNTER (every `every_n` parts). Usage plans count from usage_baseline (a reading of the
-- machine's meter: seconds of running or parts) and are due at next_due_usage.
-- checklist: the template's steps, one per line. window_minutes: length of the planned
-- window from the due moment; with suppress_alarms the machine's device alarms are
-- suppressed in it.
CREATE TABLE maintenance_plan (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    equipment_id       UUID          NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    trigger_kind       VARCHAR(16)   NOT NULL,
    every_n            INTEGER       NOT NULL,
    calendar_unit      VARCHAR(8),
    start_on           DATE,
    usage_baseline     BIGINT,
    next_due_on        DATE,
    next_due_usage     BIGINT,
    checklist          VARCHAR(8000) NOT NULL,
    priority           VARCHAR(16)   NOT NULL,
    assignee           VARCHAR(100),
    window_minutes     INTEGER,
    suppress_alarms    BOOLEAN       NOT NULL,
    active             BOOLEAN       NOT NULL,
    last_order_id      UUID,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT maintenance_plan_trigger CHECK (trigger_kind IN ('CALENDAR', 'RUNTIME', 'COUNTER')),
    CONSTRAINT maintenance_plan_every CHECK (every_n > 0)
);
CREATE INDEX maintenance_plan_equipment_idx ON maintenance_plan (tenant_id, equipment_id);
CREATE INDEX maintenance_plan_calendar_idx ON maintenance_plan (trigger_kind, next_due_on);

-- The usage meter of each machine, kept by maintenance from the equipment events: its
-- latest state (by time) since when, seconds of RUNNING between known state changes, and
-- parts made since the meter began.
CREATE TABLE maintenance_usage (
    equipment_id       UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    state_since        TIMESTAMP WITH TIME ZONE NOT NULL,
    running_seconds    BIGINT        NOT NULL,
    parts              BIGINT        NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every state change of each machine, as the equipment module published it. Events may
-- arrive out of order: running time is the sum of the stretches between consecutive
-- changes (by time) that are RUNNING, kept up to date in maintenance_usage as each change
-- is put in its place. One row per machine and moment, so a change delivered twice
-- counts once.
CREATE TABLE maintenance_state_change (
    tenant_id          UUID          NOT NULL,
    equipment_id       UUID          NOT NULL,
    changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    CONSTRAINT maintenance_state_change_pk PRIMARY KEY (tenant_id, equipment_id, changed_at)
);
