-- production: a routing version belongs to one plant, the plant of its steps' work centres,
-- so that two plants may each have a routing of the same item. Existing versions take the
-- plant of their first step's work centre.
ALTER TABLE production_routing_version ADD COLUMN plant_id UUID;

UPDATE production_routing_version SET plant_id = (
    SELECT w.plant_id FROM production_routing_step s
    JOIN production_work_centre w ON w.id = s.work_centre_id
    WHERE s.routing_id = production_routing_version.id
    ORDER BY s.sequence_number
    FETCH FIRST 1 ROWS ONLY);
