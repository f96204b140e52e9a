-- tenancy: tenants (enterprises), users, API tokens and the ISA-95 enterprise structure.
CREATE TABLE tenant (
    id              UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    enterprise_type VARCHAR(20)  NOT NULL,
    industry        VARCHAR(200),
    demo            BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT tenant_name_uq UNIQUE (name)
);

-- site (工厂/基地) -> area (车间) -> line (产线) -> work unit (工位/设备位)
CREATE TABLE plant_node (
    id         UUID         NOT NULL PRIMARY KEY,
    tenant_id  UUID         NOT NULL REFERENCES tenant (id),
    parent_id  UUID         REFERENCES plant_node (id),
    node_level VARCHAR(12)  NOT NULL,
    code       VARCHAR(50)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    time_zone  VARCHAR(50),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plant_node_code_uq UNIQUE (tenant_id, code)
);
CREATE INDEX plant_node_parent_idx ON plant_node (tenant_id, parent_id);

CREATE TABLE app_user (
    id                   UUID         NOT NULL PRIMARY KEY,
    tenant_id            UUID         REFERENCES tenant (id),
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    roles                VARCHAR(200) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    locale               VARCHAR(10),
    enabled              BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_uq UNIQUE (username)
);
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id);

-- a user limited to some sites sees only those; no rows means all sites of the tenant
CREATE TABLE user_site (
    user_id UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    site_id UUID NOT NULL REFERENCES plant_node (id),
    PRIMARY KEY (user_id, site_id)
);

-- bearer tokens: LOGIN ones from POST /api/v1/auth/token, NAMED ones created in the UI;
-- only the SHA-256 of a token is stored
CREATE TABLE api_token (
    id               UUID        NOT NULL PRIMARY KEY,
    user_id          UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    acting_tenant_id UUID        REFERENCES tenant (id),
    name             VARCHAR(100),
    kind             VARCHAR(10) NOT NULL,
    token_hash       VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX api_token_user_idx ON api_token (user_id);
