package io.kaiwu.quality.inspection.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.quality.inspection.plan.InspectionPlan;

/** How the REST API answers a plan and its characteristics. */
final class PlanJson {

	private PlanJson() {
	}

	static Map<String, Object> of(InspectionPlan p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", p.id());
		json.put("itemId", p.itemId());
		json.put("operation", p.operation());
		json.put("kind", p.kind().name());
		json.put("name", p.name());
		json.put("description", p.description());
		json.put("active", p.active());
		json.put("characteristics", p.characteristics().stream().map(PlanJson::of).toList());
		json.put("createdAt", p.createdAt().toString());
		json.put("updatedAt", p.updatedAt().toString());
		return json;
	}

	static Map<String, Object> of(Characteristic c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", c.id());
		json.put("planId", c.planId());
		json.put("code", c.code());
		json.put("name", c.name());
		json.put("type", c.type().name());
		json.put("nominal", c.nominal());
		json.put("lowerLimit", c.lowerLimit());
		json.put("upperLimit", c.upperLimit());
		json.put("lowerTolerance",
				(c.nominal() != null && c.lowerLimit() != null) ? round(c.lowerLimit() - c.nominal()) : null);
		json.put("upperTolerance",
				(c.nominal() != null && c.upperLimit() != null) ? round(c.upperLimit() - c.nominal()) : null);
		json.put("unit", c.unit());
		json.put("defectTypes", c.defectTypes());
		json.put("sampleSize", c.sampleSize());
		Map<String, Object> frequency = new LinkedHashMap<>();
		frequency.put("kind", c.frequency().kind().name());
		frequency.put("every", c.frequency().every());
		json.put("frequency", frequency);
		json.put("method", c.method());
		json.put("gauge", c.gauge());
		return json;
	}

	/** A tolerance as the user typed it, without binary noise (25.05 − 25 = 0.05). */
	private static double round(double tolerance) {
		return new java.math.BigDecimal(tolerance).round(new java.math.MathContext(12)).doubleValue();
	}

}
