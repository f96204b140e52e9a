-- equipment: which device properties give a machine's state and part counts.
-- state_kind BY_VALUE reads a text property through equipment_state_value (value → state, any
-- other value → otherwise_state); ABOVE_LIMIT compares a number with state_limit (above it →
-- above_state, otherwise → otherwise_state). good_property and reject_property are running part
-- counters; minor_stop_ms: a DOWN stop shorter than this counts as a minor stop in OEE.
CREATE TABLE equipment_signals (
    equipment_id     UUID PRIMARY KEY REFERENCES equipment (id) ON DELETE CASCADE,
    tenant_id        UUID          NOT NULL,
    state_property   VARCHAR(64)   NOT NULL,
    state_kind       VARCHAR(12)   NOT NULL,
    state_limit      DOUBLE PRECISION,
    above_state      VARCHAR(16),
    otherwise_state  VARCHAR(16)   NOT NULL,
    good_property    VARCHAR(64),
    reject_property  VARCHAR(64),
    minor_stop_ms    BIGINT,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT equipment_signals_kind CHECK (state_kind IN ('BY_VALUE', 'ABOVE_LIMIT'))
);
CREATE INDEX equipment_signals_tenant_idx ON equipment_signals (tenant_id);

CREATE TABLE equipment_state_value (
    equipment_id     UUID          NOT NULL REFERENCES equipment_signals (equipment_id) ON DELETE CASCADE,
    signal_value     VARCHAR(100)  NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    PRIMARY KEY (equipment_id, signal_value)
);
