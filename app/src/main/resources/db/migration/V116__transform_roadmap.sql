-- transform: roadmaps (转型规划). A roadmap keeps what it was proposed from (approach, atlas
-- pack, value goals, picked pain points, discount rate), the scenarios it ranked into phases,
-- and the projects that carry them out with their money, expected KPI effects and risks.
CREATE TABLE transform_roadmap (
    id             UUID PRIMARY KEY,
    tenant_id      UUID          NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    approach       VARCHAR(16)   NOT NULL,
    pack           VARCHAR(40)   NOT NULL,
    goals          VARCHAR(200)  NOT NULL,
    pain_points    VARCHAR(2000) NOT NULL,
    discount_rate  DOUBLE PRECISION NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX transform_roadmap_tenant_idx ON transform_roadmap (tenant_id, created_at);

CREATE TABLE transform_roadmap_scenario (
    roadmap_id     UUID          NOT NULL REFERENCES transform_roadmap (id) ON DELETE CASCADE,
    scenario_code  VARCHAR(20)   NOT NULL,
    phase          INTEGER       NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    waits_for      VARCHAR(400)  NOT NULL,
    unplanned      VARCHAR(400)  NOT NULL,
    PRIMARY KEY (roadmap_id, scenario_code)
);

CREATE TABLE transform_project (
    id             UUID PRIMARY KEY,
    roadmap_id     UUID          NOT NULL REFERENCES transform_roadmap (id) ON DELETE CASCADE,
    name           VARCHAR(200)  NOT NULL,
    phase          INTEGER       NOT NULL,
    scenarios      VARCHAR(400)  NOT NULL,
    investment     DOUBLE PRECISION NOT NULL,
    net_benefits   VARCHAR(1000) NOT NULL,
    kpi_effects    VARCHAR(2000) NOT NULL,
    risks          VARCHAR(4000) NOT NULL,
    assumptions    VARCHAR(4000) NOT NULL
);
CREATE INDEX transform_project_roadmap_idx ON transform_project (roadmap_id, phase);
