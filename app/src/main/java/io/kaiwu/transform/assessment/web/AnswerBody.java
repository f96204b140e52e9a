package io.kaiwu.transform.assessment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kaiwu.transform.scoring.Answer;
import org.jspecify.annotations.Nullable;

/**
 * One answer as a client sends it: {@code {"options": ["A", "B"]}}, {@code {"numbers":
 * {"networked": 40, "total": 100}}}, {@code {"level": 3}} or {@code {"fulfilment": {"1":
 * "FULL"}}}.
 */
record AnswerBody(@Nullable List<@Nullable String> options, @Nullable Map<String, @Nullable BigDecimal> numbers,
		@Nullable Integer level, @Nullable Map<Integer, @Nullable String> fulfilment) {

	Answer answer() {
		List<String> picked = (this.options == null) ? List.of()
				: this.options.stream().filter(Objects::nonNull).map(String::strip).toList();
		Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
		if (this.numbers != null) {
			this.numbers.forEach((k, v) -> {
				if (v != null) {
					values.put(k, v);
				}
			});
		}
		Map<Integer, String> perLevel = new java.util.LinkedHashMap<>();
		if (this.fulfilment != null) {
			this.fulfilment.forEach((k, v) -> {
				if (v != null) {
					perLevel.put(k, v);
				}
			});
		}
		return new Answer(picked, values, this.level, perLevel);
	}

}
