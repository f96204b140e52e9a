-- production: every routing version has its plant; effectivity is looked up per item and plant.
ALTER TABLE production_routing_version ALTER COLUMN plant_id SET NOT NULL;
CREATE INDEX production_routing_plant_idx ON production_routing_version (tenant_id, item_id, plant_id, valid_from);
