-- transform: PDCA cycles (规划-实施-评估-优化循环). A cycle groups a roadmap phase, its
-- results evaluation and (once assessment runs exist) an assessment; closing it lists the
-- gaps that remain, which the next cycle starts from.
CREATE TABLE transform_cycle (
    id              UUID PRIMARY KEY,
    tenant_id       UUID          NOT NULL,
    number          INTEGER       NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    roadmap_id      UUID          REFERENCES transform_roadmap (id),
    roadmap_phase   INTEGER       NOT NULL,
    evaluation_id   UUID          REFERENCES transform_evaluation (id),
    carried_gaps    VARCHAR(8000) NOT NULL,
    closing_gaps    VARCHAR(8000),
    closing_note    VARCHAR(4000),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by      VARCHAR(100)  NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    closed_by       VARCHAR(100),
    CONSTRAINT transform_cycle_number_uq UNIQUE (tenant_id, number)
);
