-- alarm shelving: an operator hides an open alarm until shelved_until, with a reason.
ALTER TABLE alarm ADD COLUMN shelved_by VARCHAR(200);
ALTER TABLE alarm ADD COLUMN shelved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alarm ADD COLUMN shelved_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE alarm ADD COLUMN shelve_reason VARCHAR(500);
