-- masterdata: units of measure and conversions, items (物料), business partners (suppliers
-- and customers), the data classification catalogue (数据分类分级) and shift calendars per
-- site (班次日历). Every table carries tenant_id, and every query filters by it first.

CREATE TABLE md_unit (
    id         UUID         NOT NULL PRIMARY KEY,
    tenant_id  UUID         NOT NULL REFERENCES tenant (id),
    code       VARCHAR(20)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    dimension  VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_unit_code_uq UNIQUE (tenant_id, code)
);

-- 1 from_unit = factor x to_unit; only between units of the same dimension
CREATE TABLE md_unit_conversion (
    id           UUID           NOT NULL PRIMARY KEY,
    tenant_id    UUID           NOT NULL REFERENCES tenant (id),
    from_unit_id UUID           NOT NULL REFERENCES md_unit (id),
    to_unit_id   UUID           NOT NULL REFERENCES md_unit (id),
    factor       NUMERIC(38, 12) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_unit_conversion_uq UNIQUE (tenant_id, from_unit_id, to_unit_id)
);

CREATE TABLE md_data_category (
    id          UUID          NOT NULL PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id),
    code        VARCHAR(50)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    data_grade  VARCHAR(12)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_data_category_code_uq UNIQUE (tenant_id, code)
);

CREATE TABLE md_item (
    id             UUID          NOT NULL PRIMARY KEY,
    tenant_id      UUID          NOT NULL REFERENCES tenant (id),
    code           VARCHAR(50)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    item_kind      VARCHAR(20)   NOT NULL,
    base_unit_id   UUID          NOT NULL REFERENCES md_unit (id),
    drawing_number VARCHAR(100)  NOT NULL,
    specification  VARCHAR(1000) NOT NULL,
    data_grade     VARCHAR(12)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_item_code_uq UNIQUE (tenant_id, code)
);

-- a partner is a supplier (with its tier: 1 = direct), a customer, or both
CREATE TABLE md_partner (
    id             UUID         NOT NULL PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenant (id),
    code           VARCHAR(50)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    supplier       BOOLEAN      NOT NULL,
    supplier_tier  INTEGER,
    customer       BOOLEAN      NOT NULL,
    contact_person VARCHAR(100) NOT NULL,
    phone          VARCHAR(50)  NOT NULL,
    email          VARCHAR(200) NOT NULL,
    region         VARCHAR(100) NOT NULL,
    data_grade     VARCHAR(12)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_partner_code_uq UNIQUE (tenant_id, code)
);

-- one shift calendar per site; working_days lists ISO weekday numbers, e.g. 1,2,3,4,5,6
CREATE TABLE md_shift_calendar (
    id           UUID         NOT NULL PRIMARY KEY,
    tenant_id    UUID         NOT NULL REFERENCES tenant (id),
    site_id      UUID         NOT NULL REFERENCES plant_node (id),
    name         VARCHAR(200) NOT NULL,
    working_days VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT md_shift_calendar_site_uq UNIQUE (tenant_id, site_id)
);

-- a shift whose end_time is not after start_time ends on the next day
CREATE TABLE md_shift_pattern (
    id          UUID         NOT NULL PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenant (id),
    calendar_id UUID         NOT NULL REFERENCES md_shift_calendar (id) ON DELETE CASCADE,
    seq_no      INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    start_time  TIME         NOT NULL,
    end_time    TIME         NOT NULL
);
CREATE INDEX md_shift_pattern_calendar_idx ON md_shift_pattern (tenant_id, calendar_id);

CREATE TABLE md_shift_break (
    id          UUID    NOT NULL PRIMARY KEY,
    tenant_id   UUID    NOT NULL REFERENCES tenant (id),
    shift_id    UUID    NOT NULL REFERENCES md_shift_pattern (id) ON DELETE CASCADE,
    seq_no      INTEGER NOT NULL,
    start_time  TIME    NOT NULL,
    end_time    TIME    NOT NULL
);
CREATE INDEX md_shift_break_shift_idx ON md_shift_break (tenant_id, shift_id);

CREATE TABLE md_holiday (
    tenant_id    UUID         NOT NULL REFERENCES tenant (id),
    calendar_id  UUID         NOT NULL REFERENCES md_shift_calendar (id) ON DELETE CASCADE,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(100) NOT NULL,
    PRIMARY KEY (calendar_id, holiday_date)
);
CREATE INDEX md_holiday_tenant_idx ON md_holiday (tenant_id, calendar_id);

CREATE TABLE md_planned_stop (
    id          UUID         NOT NULL PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenant (id),
    calendar_id UUID         NOT NULL REFERENCES md_shift_calendar (id) ON DELETE CASCADE,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason      VARCHAR(200) NOT NULL
);
CREATE INDEX md_planned_stop_calendar_idx ON md_planned_stop (tenant_id, calendar_id);
