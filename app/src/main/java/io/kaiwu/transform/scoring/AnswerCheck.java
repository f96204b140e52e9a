package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kaiwu.transform.scoring.MaturityModel.Band;
import io.kaiwu.transform.scoring.MaturityModel.Derivation;
import io.kaiwu.transform.scoring.MaturityModel.Option;
import io.kaiwu.transform.scoring.MaturityModel.Question;
import io.kaiwu.transform.scoring.MaturityModel.QuestionType;
import io.kaiwu.transform.scoring.MaturityModel.RubricItem;
import io.kaiwu.transform.scoring.MaturityModel.RubricMethod;
import org.jspecify.annotations.Nullable;

/**
 * Checks answers against a model: every answer must be for a question or item of the
 * model and within its range. All problems are listed, each with the path of its question
 * in the model file. Answers by numbers come back with their derived option.
 */
public final class AnswerCheck {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private AnswerCheck() {
	}

	/**
	 * The answers as the scoring reads them: derived options filled in.
	 * @throws ModelRejected listing every answer that does not fit the model.
	 */
	public static Map<String, Answer> check(MaturityModel model, Map<String, Answer> answers) {
		String where = model.code() + " " + model.version();
		List<ModelProblem> problems = new ArrayList<>();
		Map<String, Answer> checked = new LinkedHashMap<>();
		answers.forEach((code, answer) -> {
			Optional<Question> question = model.question(code);
			Optional<RubricItem> item = model.item(code);
			if (question.isPresent()) {
				int before = problems.size();
				Answer resolved = question(where, question.get(), answer, problems);
				if (problems.size() == before) {
					checked.put(code, resolved);
				}
			}
			else if (item.isPresent() && model.rubric() != null) {
				int before = problems.size();
				item(where, model, item.get(), answer, problems);
				if (problems.size() == before) {
					checked.put(code, answer);
				}
			}
			else {
				problems.add(ModelProblem.of(where, "answers." + code, ModelProblem.Kind.NOT_IN_MODEL, code));
			}
		});
		if (!problems.isEmpty()) {
			throw new ModelRejected(problems);
		}
		return checked;
	}

	private static Answer question(String where, Question q, Answer answer, List<ModelProblem> problems) {
		String path = q.path() + " (" + q.code() + ")";
		if (answer.level() != null || !answer.fulfilment().isEmpty()) {
			problems.add(ModelProblem.of(where, path, ModelProblem.Kind.OPTIONS_EXPECTED));
			return answer;
		}
		if (!answer.numbers().isEmpty() && answer.options().isEmpty()) {
			if (q.derivation() == null) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.NUMBERS_NOT_TAKEN));
				return answer;
			}
			String option = derive(where, path, q.derivation(), answer.numbers(), problems);
			return (option == null) ? answer : new Answer(List.of(option), answer.numbers(), null, answer.fulfilment());
		}
		if (answer.options().isEmpty()) {
			problems.add(ModelProblem.of(where, path, ModelProblem.Kind.NO_ANSWER_GIVEN));
			return answer;
		}
		if (q.type() == QuestionType.SINGLE && answer.options().size() != 1) {
			problems.add(ModelProblem.of(where, path, ModelProblem.Kind.ONE_OPTION_ONLY, answer.options().size()));
		}
		List<String> codes = q.options().stream().map(Option::code).toList();
		for (String code : new HashSet<>(answer.options())) {
			Optional<Option> option = q.option(code);
			if (option.isEmpty()) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.NOT_AN_OPTION, code, codes));
			}
			else if (option.get().exclusive() && answer.options().size() > 1) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.EXCLUSIVE_OPTION, code));
			}
		}
		return answer;
	}

	/** The option the numbers fall into, or {@literal null} after reporting why none. */
	static @Nullable String derive(String where, String path, Derivation derivation, Map<String, BigDecimal> numbers,
			List<ModelProblem> problems) {
		BigDecimal numerator = numbers.get(derivation.numerator());
		BigDecimal denominator = numbers.get(derivation.denominator());
		boolean complete = true;
		for (var entry : List.of(Map.entry(derivation.numerator(), Optional.ofNullable(numerator)),
				Map.entry(derivation.denominator(), Optional.ofNullable(denominator)))) {
			if (entry.getValue().isEmpty()) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.MISSING_NUMBER, entry.getKey()));
				complete = false;
			}
			else if (entry.getValue().get().signum() < 0) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.NEGATIVE, entry.getKey()));
				complete = false;
			}
		}
		if (!complete) {
			return null;
		}
		if (denominator.signum() == 0) {
			problems.add(ModelProblem.of(where, path, ModelProblem.Kind.ZERO_DENOMINATOR, derivation.denominator()));
			return null;
		}
		BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, 6, RoundingMode.HALF_UP);
		for (Band band : derivation.bands()) {
			if (percent.compareTo(band.upTo()) <= 0) {
				return band.option();
			}
		}
		problems.add(ModelProblem.of(where, path, ModelProblem.Kind.RATIO_ABOVE_ALL, derivation.numerator(),
				derivation.denominator()));
		return null;
	}

	private static void item(String where, MaturityModel model, RubricItem item, Answer answer,
			List<ModelProblem> problems) {
		String path = item.path() + " (" + item.code() + ")";
		if (model.rubric().method() == RubricMethod.HIGHEST_LEVEL) {
			if (answer.level() == null) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.LEVEL_ANSWER_EXPECTED));
			}
			else if (answer.level() < 0 || answer.level() > model.topLevel()) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.LEVEL_OUT_OF_RANGE, answer.level(),
						model.topLevel()));
			}
			return;
		}
		if (answer.fulfilment().isEmpty()) {
			problems.add(ModelProblem.of(where, path, ModelProblem.Kind.FULFILMENT_ANSWER_EXPECTED));
			return;
		}
		List<String> scale = model.rubric().fulfilment().stream().map(MaturityModel.Fulfilment::code).toList();
		answer.fulfilment().forEach((rank, code) -> {
			if (rank < 1 || rank > model.topLevel()) {
				problems
					.add(ModelProblem.of(where, path, ModelProblem.Kind.LEVEL_OUT_OF_RANGE, rank, model.topLevel()));
			}
			else if (!scale.contains(code)) {
				problems.add(ModelProblem.of(where, path, ModelProblem.Kind.NOT_A_FULFILMENT, code, scale));
			}
		});
	}

}
