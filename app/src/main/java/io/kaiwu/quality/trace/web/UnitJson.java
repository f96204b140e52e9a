package io.kaiwu.quality.trace.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.quality.trace.TraceUnit;
import io.kaiwu.quality.trace.UnitBalance;
import org.jspecify.annotations.Nullable;

/** A lot or serial as the REST API answers it. */
final class UnitJson {

	private UnitJson() {
	}

	static Map<String, Object> of(TraceUnit u, @Nullable UnitBalance balance, @Nullable String resolverUrl) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", u.id());
		json.put("form", u.form().name());
		json.put("stage", u.stage().name());
		json.put("itemId", u.itemId());
		json.put("number", u.number());
		json.put("quantity", u.quantity());
		json.put("unit", u.unitCode());
		json.put("supplierId", u.supplierId());
		json.put("supplierBatch", u.supplierBatch());
		json.put("madeAt", u.madeAt().toString());
		json.put("identifier", u.identifier());
		if (resolverUrl != null) {
			json.put("resolverUrl", resolverUrl);
		}
		json.put("note", u.note());
		json.put("createdBy", u.createdBy());
		json.put("createdAt", u.createdAt().toString());
		if (balance != null) {
			json.put("consumed", balance.consumed().stripTrailingZeros());
			json.put("delivered", balance.delivered().stripTrailingZeros());
			json.put("remaining", balance.remaining());
		}
		return json;
	}

}
