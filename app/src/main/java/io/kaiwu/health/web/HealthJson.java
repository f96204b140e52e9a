package io.kaiwu.health.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.kernel.Prognosis;
import io.kaiwu.health.profile.HealthProfile;
import io.kaiwu.health.watch.AssessmentRecords;
import org.jspecify.annotations.Nullable;

/** How profiles, assessments and warnings look in the API. */
final class HealthJson {

	private HealthJson() {
	}

	static Map<String, Object> profile(HealthProfile p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("equipmentId", p.equipmentId());
		json.put("deviceId", p.deviceId());
		json.put("vibration", p.vibration());
		json.put("temperature", p.temperature());
		json.put("load", p.load());
		json.put("updatedAt", p.updatedAt().toString());
		return json;
	}

	static Map<String, Object> assessment(Assessment a) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", a.at().toString());
		json.put("phase", a.phase().name());
		json.put("healthIndex", a.healthIndex());
		json.put("vibrationExcess", round(a.vibrationExcess()));
		json.put("temperatureExcess", Double.isNaN(a.temperatureExcess()) ? null : round(a.temperatureExcess()));
		json.put("prognosis", (a.prognosis() != null) ? prognosis(a.prognosis()) : null);
		json.put("warnedAt", text(a.warnedAt()));
		return json;
	}

	static Map<String, Object> warning(AssessmentRecords.Warning w) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", w.id());
		json.put("warnedAt", w.warnedAt().toString());
		json.put("healthIndex", w.healthIndex());
		json.put("vibrationExcess", round(w.vibrationExcess()));
		json.put("prognosis", prognosis(w.prognosis()));
		return json;
	}

	private static Map<String, Object> prognosis(Prognosis p) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("failureAt", p.failureAt().toString());
		json.put("earliest", p.earliest().toString());
		json.put("latest", p.latest().toString());
		json.put("remainingLife", p.remainingLife().toString());
		json.put("remainingLifeAtWorst", p.remainingLifeAtWorst().toString());
		return json;
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static @Nullable String text(@Nullable Instant at) {
		return (at == null) ? null : at.toString();
	}

}
