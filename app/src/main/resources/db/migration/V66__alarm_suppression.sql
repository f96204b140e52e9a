-- alarm suppression by design (ISA-18.2): why an alarm was recorded but not annunciated, for
-- example MAINTENANCE_WINDOW when a planned maintenance window was open for its originator.
-- NULL: not suppressed. A suppressed alarm never escalates.
ALTER TABLE alarm ADD COLUMN suppressed_by VARCHAR(40);
