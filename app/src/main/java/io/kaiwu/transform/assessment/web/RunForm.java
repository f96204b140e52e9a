package io.kaiwu.transform.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.transform.scoring.Answer;
import io.kaiwu.transform.scoring.MaturityModel;

import org.springframework.util.MultiValueMap;

/**
 * The questionnaire form as the browser sends it: {@code q.<code>} the options picked,
 * {@code n.<code>.<input>} the raw numbers, {@code l.<code>} a scenario's level and
 * {@code f.<code>.<rank>} a degree of fulfilment. Questions left blank are not answered.
 */
final class RunForm {

	private RunForm() {
	}

	static Map<String, Answer> answers(MaturityModel model, MultiValueMap<String, String> form) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		model.questions().forEach((q) -> {
			List<String> options = form.getOrDefault("q." + q.code(), List.of())
				.stream()
				.filter((o) -> !o.isBlank())
				.toList();
			Map<String, BigDecimal> numbers = new LinkedHashMap<>();
			if (q.derivation() != null) {
				for (MaturityModel.Input input : q.derivation().inputs()) {
					String raw = form.getFirst("n." + q.code() + "." + input.code());
					if (raw != null && !raw.isBlank()) {
						try {
							numbers.put(input.code(), new BigDecimal(raw.strip()));
						}
						catch (NumberFormatException ex) {
							errors.add(
									new KaiwuProblem.FieldError(q.text() + " / " + input.name(), "problem.field.type"));
						}
					}
				}
			}
			if (!numbers.isEmpty()) {
				answers.put(q.code(), Answer.numbers(numbers));
			}
			else if (!options.isEmpty()) {
				answers.put(q.code(), new Answer(options, Map.of(), null, Map.of()));
			}
		});
		model.items().forEach((item) -> {
			String level = form.getFirst("l." + item.code());
			if (level != null && !level.isBlank()) {
				try {
					answers.put(item.code(), Answer.level(Integer.parseInt(level.strip())));
				}
				catch (NumberFormatException ex) {
					errors.add(new KaiwuProblem.FieldError(item.name(), "problem.field.type"));
				}
			}
			Map<Integer, String> perLevel = new LinkedHashMap<>();
			for (int rank = 1; rank <= model.topLevel(); rank++) {
				String degree = form.getFirst("f." + item.code() + "." + rank);
				if (degree != null && !degree.isBlank()) {
					perLevel.put(rank, degree.strip());
				}
			}
			if (!perLevel.isEmpty()) {
				answers.put(item.code(), Answer.fulfilment(perLevel));
			}
		});
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return answers;
	}

}
