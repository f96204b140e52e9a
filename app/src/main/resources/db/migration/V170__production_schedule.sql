-- production (planning): schedules (排程方案) made by finite-capacity scheduling. One is
-- ACTIVE per tenant (the shop floor's dispatch lists follow it); a planner's new plan or a
-- rush-order insertion is a DRAFT until approved; approving supersedes the active one. A
-- repair after a machine went down becomes active at once. reason: PLAN, RUSH_ORDER,
-- DOWNTIME, DEVIATION, MANUAL. Times are the plan's; KPIs are the engine's figures.
CREATE TABLE production_schedule (
    id                   UUID PRIMARY KEY,
    tenant_id            UUID          NOT NULL,
    number               INTEGER       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    reason               VARCHAR(16)   NOT NULL,
    based_on             UUID,
    note                 VARCHAR(500),
    origin_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    freeze_until         TIMESTAMP WITH TIME ZONE NOT NULL,
    solver_status        VARCHAR(16)   NOT NULL,
    solve_millis         BIGINT        NOT NULL,
    makespan_minutes     INTEGER       NOT NULL,
    total_setup_minutes  INTEGER       NOT NULL,
    weighted_tardiness   BIGINT        NOT NULL,
    on_time_rate         NUMERIC(9, 6) NOT NULL,
    utilisation          NUMERIC(9, 6) NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    activated_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT production_schedule_number UNIQUE (tenant_id, number),
    CONSTRAINT production_schedule_status CHECK (status IN ('DRAFT', 'ACTIVE', 'SUPERSEDED', 'DISCARDED')),
    CONSTRAINT production_schedule_reason CHECK (reason IN ('PLAN', 'RUSH_ORDER', 'DOWNTIME', 'DEVIATION', 'MANUAL'))
);
CREATE INDEX production_schedule_status_idx ON production_schedule (tenant_id, status);

-- One row per work order in a schedule. moved_by_hand: a planner dragged it on the Gantt.
CREATE TABLE production_schedule_operation (
    schedule_id          UUID          NOT NULL REFERENCES production_schedule (id),
    work_order_id        UUID          NOT NULL,
    tenant_id            UUID          NOT NULL,
    production_order_id  UUID          NOT NULL,
    resource_id          UUID          NOT NULL,
    start_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    setup_minutes        INTEGER       NOT NULL,
    moved_by_hand        BOOLEAN       NOT NULL,
    PRIMARY KEY (schedule_id, work_order_id)
);
CREATE INDEX production_schedule_operation_resource_idx ON production_schedule_operation (schedule_id, resource_id, start_at);

-- How each production order fares in a schedule.
CREATE TABLE production_schedule_order (
    schedule_id          UUID          NOT NULL REFERENCES production_schedule (id),
    production_order_id  UUID          NOT NULL,
    tenant_id            UUID          NOT NULL,
    completion_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    tardiness_minutes    INTEGER       NOT NULL,
    late                 BOOLEAN       NOT NULL,
    newly_at_risk        BOOLEAN       NOT NULL,
    PRIMARY KEY (schedule_id, production_order_id)
);

-- What moved against the schedule it was based on: every operation whose resource or
-- start changed (old_* empty for an operation new in the plan).
CREATE TABLE production_schedule_change (
    schedule_id          UUID          NOT NULL REFERENCES production_schedule (id),
    work_order_id        UUID          NOT NULL,
    tenant_id            UUID          NOT NULL,
    production_order_id  UUID          NOT NULL,
    old_resource_id      UUID,
    old_start_at         TIMESTAMP WITH TIME ZONE,
    new_resource_id      UUID          NOT NULL,
    new_start_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (schedule_id, work_order_id)
);
