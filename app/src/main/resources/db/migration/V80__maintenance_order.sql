-- maintenance: maintenance orders (维修工单; not production's 工单). kind: PREVENTIVE,
-- CORRECTIVE, PREDICTIVE; state: OPEN, IN_PROGRESS, DONE, CANCELLED. An order made from an
-- alarm keeps the alarm's id and its text; one made from a plan keeps the plan's id.
-- suppress_alarms: the planned start to end is a maintenance window in which the alarms of
-- the machine's device are suppressed.
CREATE TABLE maintenance_order (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    state              VARCHAR(16)   NOT NULL,
    equipment_id       UUID          NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    description        VARCHAR(4000),
    priority           VARCHAR(16)   NOT NULL,
    assignee           VARCHAR(100),
    planned_start      TIMESTAMP WITH TIME ZONE,
    planned_end        TIMESTAMP WITH TIME ZONE,
    suppress_alarms    BOOLEAN       NOT NULL,
    breakdown          BOOLEAN       NOT NULL,
    alarm_id           UUID,
    alarm_text         VARCHAR(1000),
    plan_id            UUID,
    closure_notes      VARCHAR(4000),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by         VARCHAR(100),
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_by        VARCHAR(100),
    finished_at        TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT maintenance_order_kind CHECK (kind IN ('PREVENTIVE', 'CORRECTIVE', 'PREDICTIVE')),
    CONSTRAINT maintenance_order_state CHECK (state IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'))
);
CREATE INDEX maintenance_order_equipment_idx ON maintenance_order (tenant_id, equipment_id, state);
CREATE INDEX maintenance_order_plan_idx ON maintenance_order (tenant_id, plan_id, state);

-- The order's checklist, in order of position; done_by/done_at say who ticked it.
CREATE TABLE maintenance_checklist_item (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    order_id           UUID          NOT NULL REFERENCES maintenance_order (id) ON DELETE CASCADE,
    position           INTEGER       NOT NULL,
    text               VARCHAR(500)  NOT NULL,
    done               BOOLEAN       NOT NULL,
    done_by            VARCHAR(100),
    done_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX maintenance_checklist_order_idx ON maintenance_checklist_item (order_id, position);

-- Spare parts used: an item of the master data, the quantity and its unit. The item's code
-- and name are copied so the order still reads right after the item changes.
CREATE TABLE maintenance_part_used (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    order_id           UUID          NOT NULL REFERENCES maintenance_order (id) ON DELETE CASCADE,
    item_id            UUID          NOT NULL,
    item_code          VARCHAR(64)   NOT NULL,
    item_name          VARCHAR(200)  NOT NULL,
    quantity           NUMERIC(18, 4) NOT NULL,
    unit               VARCHAR(32)   NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT maintenance_part_quantity CHECK (quantity > 0)
);
CREATE INDEX maintenance_part_order_idx ON maintenance_part_used (order_id);

-- Labour: who worked on the order and for how many minutes.
CREATE TABLE maintenance_labour (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID          NOT NULL,
    order_id           UUID          NOT NULL REFERENCES maintenance_order (id) ON DELETE CASCADE,
    person             VARCHAR(100)  NOT NULL,
    minutes            INTEGER       NOT NULL,
    recorded_by        VARCHAR(100)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT maintenance_labour_minutes CHECK (minutes > 0)
);
CREATE INDEX maintenance_labour_order_idx ON maintenance_labour (order_id);
