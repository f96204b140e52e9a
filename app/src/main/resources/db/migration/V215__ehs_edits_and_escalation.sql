-- ehs: sources, discharge points and monitored points can be deleted. One whose points have
-- exceedance records is kept as removed (removed_at set) so that those records and the
-- monthly report still name it; lists, the board and the grading leave it out. Its code
-- stays taken.
ALTER TABLE ehs_hazard_source ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ehs_discharge_point ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ehs_monitored_point ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;

-- ehs_exceedance: when the alarm module escalated the exceedance's alarm (AlarmEscalated:
-- unacknowledged longer than allowed); NULL if it has not been.
ALTER TABLE ehs_exceedance ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
