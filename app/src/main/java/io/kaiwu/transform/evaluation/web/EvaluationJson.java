package io.kaiwu.transform.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.evaluation.Evaluation;
import io.kaiwu.transform.evaluation.EvaluationReport;
import io.kaiwu.transform.evaluation.KpiValue;
import io.kaiwu.transform.evaluation.kernel.Change;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import io.kaiwu.transform.evaluation.kernel.KpiInput;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Evaluations as JSON, with KPI names and the provenance of platform facts in the
 * caller's language.
 */
@Component
class EvaluationJson {

	private final MessageSource messages;

	EvaluationJson(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> kpi(Kpi kpi) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", kpi.code());
		json.put("name", text("evaluation.kpi." + kpi.code()));
		json.put("group", kpi.group().name());
		json.put("direction", kpi.direction().name());
		json.put("unit", kpi.unit().name());
		json.put("formula", text("evaluation.formula." + kpi.code()));
		json.put("inputs", kpi.inputs().stream().map(this::input).toList());
		return json;
	}

	private Map<String, Object> input(KpiInput input) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", input.name());
		json.put("label", text("evaluation.input." + input.name()));
		json.put("minimum", Double.isFinite(input.minimum()) ? input.minimum() : null);
		json.put("strictlyAbove", input.strictlyAbove());
		json.put("maximum", Double.isFinite(input.maximum()) ? input.maximum() : null);
		json.put("evidenceKey", input.evidenceKey());
		return json;
	}

	Map<String, Object> evaluation(Evaluation e) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", e.id());
		json.put("name", e.name());
		json.put("periodFrom", e.periodFrom().toString());
		json.put("periodTo", e.periodTo().toString());
		json.put("baselineId", e.baselineId());
		json.put("createdAt", e.createdAt().toString());
		json.put("createdBy", e.createdBy());
		return json;
	}

	Map<String, Object> report(EvaluationReport report) {
		Map<String, Object> json = evaluation(report.evaluation());
		json.put("baseline", (report.baseline() != null) ? evaluation(report.baseline()) : null);
		json.put("susResponses", report.susResponses());
		json.put("kpis", report.rows().stream().map(this::row).toList());
		return json;
	}

	private Map<String, Object> row(EvaluationReport.Row row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", row.kpi().code());
		json.put("name", text("evaluation.kpi." + row.kpi().code()));
		json.put("group", row.kpi().group().name());
		json.put("unit", row.kpi().unit().name());
		json.put("current", value(row.current()));
		json.put("baseline", value(row.baseline()));
		Change change = row.change();
		if (change != null) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("difference", change.difference());
			c.put("relative", Double.isNaN(change.relative()) ? null : change.relative());
			c.put("improved", change.improved());
			json.put("change", c);
		}
		else {
			json.put("change", null);
		}
		return json;
	}

	@Nullable Map<String, Object> value(@Nullable KpiValue v) {
		if (v == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("value", v.value());
		json.put("source", v.source().name());
		json.put("inputs", v.inputs());
		json.put("evidence", v.evidence().stream().map(this::fact).toList());
		json.put("recordedAt", v.recordedAt().toString());
		json.put("recordedBy", v.recordedBy());
		return json;
	}

	Map<String, Object> fact(EvidenceFact f) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("key", f.key());
		json.put("value", f.value());
		json.put("outOf", f.outOf());
		json.put("provenance", this.messages.getMessage(f.provenanceKey(), f.provenanceArgs().toArray(),
				f.provenanceKey(), LocaleContextHolder.getLocale()));
		json.put("observedAt", f.observedAt().toString());
		return json;
	}

	List<Map<String, Object>> catalogue() {
		return java.util.Arrays.stream(Kpi.values()).map(this::kpi).toList();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
