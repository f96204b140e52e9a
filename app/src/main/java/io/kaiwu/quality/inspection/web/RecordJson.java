package io.kaiwu.quality.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.quality.inspection.record.InspectionRecord;
import io.kaiwu.quality.inspection.record.Subgroup;

/** How the REST API answers a record and its subgroups. */
final class RecordJson {

	private RecordJson() {
	}

	static Map<String, Object> of(InspectionRecord r) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("planId", r.planId());
		json.put("itemId", r.itemId());
		json.put("kind", r.kind().name());
		json.put("operation", r.operation());
		json.put("lotNumber", r.lotNumber());
		json.put("supplierId", r.supplierId());
		json.put("operator", r.operator());
		json.put("equipmentId", r.equipmentId());
		json.put("status", r.status().name());
		json.put("sampleSize", r.sampleSize());
		json.put("rejected", r.rejected());
		json.put("note", r.verdictNote());
		json.put("startedAt", r.startedAt().toString());
		json.put("completedAt", (r.completedAt() != null) ? r.completedAt().toString() : null);
		json.put("completedBy", r.completedBy());
		json.put("subgroups", r.subgroups().stream().map(RecordJson::of).toList());
		return json;
	}

	static Map<String, Object> of(Subgroup s) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", s.id());
		json.put("characteristicId", s.characteristicId());
		json.put("recordId", s.recordId());
		json.put("source", s.source().name());
		json.put("deviceId", s.deviceId());
		json.put("takenAt", s.takenAt().toString());
		json.put("values", s.values());
		json.put("inspected", s.inspected());
		json.put("nonconforming", s.nonconforming());
		json.put("defects", s.defects());
		json.put("defectCounts", s.defectCounts());
		json.put("outOfSpec", s.outOfSpec());
		json.put("recordedAt", s.recordedAt().toString());
		return json;
	}

}
