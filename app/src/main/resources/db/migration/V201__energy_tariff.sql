-- energy_tariff: a time-of-use electricity tariff (分时电价) of a tenant, dated: it applies from
-- valid_from, with the notice it follows (source).
CREATE TABLE energy_tariff (
    id            UUID PRIMARY KEY,
    tenant_id     UUID          NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    valid_from    DATE          NOT NULL,
    source        VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT energy_tariff_code_uq UNIQUE (tenant_id, code)
);

-- energy_tariff_price: the price per kWh of each period the tariff uses (尖峰平谷).
CREATE TABLE energy_tariff_price (
    tariff_id     UUID          NOT NULL REFERENCES energy_tariff (id),
    period        VARCHAR(16)   NOT NULL,
    price         NUMERIC(12, 6) NOT NULL,
    PRIMARY KEY (tariff_id, period)
);

-- energy_tariff_season: the months in which one set of hour bands applies (months: "7,8,9").
CREATE TABLE energy_tariff_season (
    tariff_id     UUID          NOT NULL REFERENCES energy_tariff (id),
    position      INTEGER       NOT NULL,
    name          VARCHAR(100)  NOT NULL,
    months        VARCHAR(40)   NOT NULL,
    PRIMARY KEY (tariff_id, position)
);

-- energy_tariff_band: hours [starts_at, ends_at) of a season's day in one period; "24:00" ends
-- at midnight, an end before the start crosses midnight.
CREATE TABLE energy_tariff_band (
    tariff_id       UUID         NOT NULL REFERENCES energy_tariff (id),
    season_position INTEGER      NOT NULL,
    position        INTEGER      NOT NULL,
    period          VARCHAR(16)  NOT NULL,
    starts_at       VARCHAR(5)   NOT NULL,
    ends_at         VARCHAR(5)   NOT NULL,
    PRIMARY KEY (tariff_id, season_position, position)
);
