-- quality: the last NCR number given per tenant and year. Raising an NCR locks its row, so
-- two NCRs raised at the same moment (a rejected lot and one raised by hand) get
-- consecutive numbers, and a rejected-lot event delivered twice at once opens one NCR.
CREATE TABLE quality_ncr_counter (
    tenant_id            UUID          NOT NULL,
    counter_year         INTEGER       NOT NULL,
    last_number          INTEGER       NOT NULL,
    PRIMARY KEY (tenant_id, counter_year)
);
