package io.kaiwu.transform.cycle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.transform.cycle.Cycle;
import io.kaiwu.transform.cycle.Gap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Cycles as JSON, each gap with its text in the reader's language. */
@Component
public class CycleJson {

	private final MessageSource messages;

	CycleJson(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, Object> cycle(Cycle c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", c.id());
		json.put("number", c.number());
		json.put("name", c.name());
		json.put("open", c.open());
		json.put("roadmapId", c.roadmapId());
		json.put("roadmapPhase", c.roadmapPhase());
		json.put("evaluationId", c.evaluationId());
		json.put("carriedGaps", gaps(c.carriedGaps()));
		json.put("closingGaps", (c.closingGaps() != null) ? gaps(c.closingGaps()) : null);
		json.put("closingNote", c.closingNote());
		json.put("startedAt", c.startedAt().toString());
		json.put("startedBy", c.startedBy());
		json.put("closedAt", (c.closedAt() != null) ? c.closedAt().toString() : null);
		json.put("closedBy", c.closedBy());
		return json;
	}

	List<Map<String, Object>> gaps(List<Gap> gaps) {
		return gaps.stream().map(this::gap).toList();
	}

	private Map<String, Object> gap(Gap g) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("kind", g.kind().name());
		json.put("code", g.code());
		json.put("text", text(g));
		return json;
	}

	public String text(Gap g) {
		return this.messages.getMessage(g.messageKey(), g.args().toArray(), g.messageKey(),
				LocaleContextHolder.getLocale());
	}

}
