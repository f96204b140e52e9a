-- assessment_assignment: who answers which section of a run (a dimension or a scenario
-- group), by respondent group per the guide 三(三): management, department heads,
-- frontline workers; the assignee is a user name, or empty for the whole group.
CREATE TABLE assessment_assignment (
    run_id            UUID          NOT NULL,
    tenant_id         UUID          NOT NULL,
    section           VARCHAR(64)   NOT NULL,
    respondent_group  VARCHAR(24)   NOT NULL,
    assignee          VARCHAR(100),
    PRIMARY KEY (run_id, section)
);
