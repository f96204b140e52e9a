-- alarm escalation: a rule may say "escalate when unacknowledged for so long"; an alarm keeps
-- when it falls due (escalate_at, NULL when it never escalates) and when it was escalated.
ALTER TABLE alarm_rule ADD COLUMN escalate_after_seconds BIGINT;
ALTER TABLE alarm ADD COLUMN escalate_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alarm ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX alarm_escalation_idx ON alarm (escalate_at);
