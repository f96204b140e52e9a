package io.kaiwu.transform.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.transform.assessment.CatalogEntry;
import io.kaiwu.transform.scoring.MaturityModel;

/** A catalogue entry as the API shows it. */
final class ModelJson {

	private ModelJson() {
	}

	static Map<String, Object> summary(CatalogEntry entry) {
		MaturityModel model = entry.model();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", model.code());
		json.put("version", model.version());
		json.put("name", model.name());
		json.put("nameEn", model.nameEn());
		json.put("source", model.source());
		json.put("origin", entry.origin().name());
		json.put("fileName", entry.fileName());
		json.put("importedBy", entry.importedBy());
		json.put("importedAt", (entry.importedAt() != null) ? entry.importedAt().toString() : null);
		json.put("levels", model.levels().size());
		json.put("questions", model.questions().count());
		json.put("items", model.items().count());
		json.put("unverified", model.unverified());
		return json;
	}

	static Map<String, Object> detail(CatalogEntry entry) {
		Map<String, Object> json = summary(entry);
		json.put("model", entry.model());
		return json;
	}

}
