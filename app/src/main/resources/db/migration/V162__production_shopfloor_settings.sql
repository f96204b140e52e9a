-- production (shop-floor reporting): per tenant, how many percent more good units than a
-- work order's quantity may be reported (over-delivery tolerance, 超交容差). Without a row the
-- application's default applies (kaiwu.shopfloor.over-delivery-percent).
CREATE TABLE production_shopfloor_settings (
    tenant_id             UUID PRIMARY KEY,
    over_delivery_percent NUMERIC(18, 6) NOT NULL,
    updated_by            VARCHAR(100)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_shopfloor_settings_percent CHECK (over_delivery_percent >= 0)
);
