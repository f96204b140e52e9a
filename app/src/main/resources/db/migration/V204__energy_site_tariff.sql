-- energy_site_tariff: the time-of-use tariff a site (a structure node at site level, tenancy's id)
-- buys its electricity under; one per site, replaced when set again.
CREATE TABLE energy_site_tariff (
    tenant_id     UUID  NOT NULL,
    site_id       UUID  NOT NULL,
    tariff_id     UUID  NOT NULL REFERENCES energy_tariff (id),
    PRIMARY KEY (tenant_id, site_id)
);
