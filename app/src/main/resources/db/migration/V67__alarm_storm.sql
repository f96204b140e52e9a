-- alarm storm control: the raises folded into a storm summary alarm (alarm_condition 'storm'),
-- counted per rule, so that nothing folded is lost.
CREATE TABLE alarm_storm_fold (
    alarm_id   UUID         NOT NULL REFERENCES alarm (id) ON DELETE CASCADE,
    rule_id    UUID         NOT NULL,
    rule_name  VARCHAR(200) NOT NULL,
    folded     INTEGER      NOT NULL,
    PRIMARY KEY (alarm_id, rule_id)
);
