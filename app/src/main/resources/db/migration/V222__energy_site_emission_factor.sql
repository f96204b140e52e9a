-- energy_site_emission_factor: the emission factor a site uses for one kind of energy (the grid
-- factor of its province for electricity, its supplier's factor for natural gas), by the factor's
-- code (a published one of energy/emission-factors.csv or the tenant's own). Without a row the
-- default factor of the kind is used.
CREATE TABLE energy_site_emission_factor (
    tenant_id     UUID         NOT NULL,
    site_id       UUID         NOT NULL,
    meter_kind    VARCHAR(32)  NOT NULL,
    factor_code   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (tenant_id, site_id, meter_kind)
);
