package io.kaiwu.transform.scoring;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong in a model file or in answers, with where it is: the file and the path
 * inside it. {@link #toString()} says it in English; pages and the API say it through the
 * message bundle key {@code assessment.problem.<kind>} with the same arguments.
 *
 * @param file the file's name, for example {@code sme-digital-2024.yaml}, or the model
 * and version for answers.
 * @param path where inside, for example {@code dimensions[1].subDimensions[0]}.
 * @param kind what is wrong.
 * @param args the details, in the order the message uses them.
 */
public record ModelProblem(String file, String path, Kind kind, List<Object> args) {

	public ModelProblem {
		args = List.copyOf(args);
	}

	static ModelProblem of(String file, String path, Kind kind, Object... args) {
		return new ModelProblem(file, path, kind, List.of(args));
	}

	/** What is wrong, with its English wording. */
	public String message() {
		return new MessageFormat(this.kind.english, Locale.ROOT).format(this.args.toArray());
	}

	@Override
	public String toString() {
		return this.file + ": " + (this.path.isEmpty() ? "" : this.path + ": ") + message();
	}

	/** The kinds of problem, each with its English wording. */
	public enum Kind {

		UNREADABLE("the file is not readable YAML: {0}"),
		BAD_NAME("''{0}'' must be 1 to {1} letters, digits, ''.'', ''_'' or ''-''"), MISSING("''{0}'' is missing"),
		WRONG_TYPE("''{0}'' must be {1}"), UNKNOWN_VALUE("''{0}'' is not one of {1}"),
		DUPLICATE_CODE("code {0} is used twice (first at {1})"), MISSING_LEVEL("level {0} is missing"),
		EXTRA_LEVEL("level {0} is not a level of the model (it has {1})"),
		POINTS_EXCEED("points {0} exceed the question''s maximum {1}"),
		POINTS_MISMATCH("the parts add up to {0}, but the declared maximum is {1}"),
		NEGATIVE("{0} must not be negative"), UNKNOWN_INPUT("''{0}'' names no input of this question"),
		UNKNOWN_OPTION("option {0} is not an option of this question"),
		BANDS_NOT_ASCENDING("band bounds must rise: {0} after {1}"),
		BANDS_SHORT("the last band ends at {0} but the ratio may reach 100"),
		DERIVATION_ON_MULTIPLE("only a single-choice question can be derived from numbers"),
		UNKNOWN_ITEM("the grade rule names {0}, which is not a scenario or item of the model"),
		NO_RUBRIC("the grade rule counts items, but the model has no rubric"),
		COUNT_TOO_HIGH("asks for {0} items but the model has only {1}"),
		SCORE_TOO_HIGH("asks for a score of {0} but the model''s total is {1}"),
		NO_CONDITION("a grade needs at least one condition"),
		NO_FULFILMENT("the FULFILMENT method needs a fulfilment scale and a pass threshold"),
		OUT_OF_UNIT("{0} must be between 0 and 1"), BAD_EVIDENCE_KEY("evidence key {0} is not of the form area.name"),
		NOT_IN_MODEL("{0} is not a question or item of this model"),
		NOT_AN_OPTION("{0} is not an option of this question (it has {1})"),
		ONE_OPTION_ONLY("a single-choice question takes exactly one option, not {0}"),
		EXCLUSIVE_OPTION("option {0} cannot be picked together with others"),
		NO_ANSWER_GIVEN("give the options, the numbers or the level"),
		NUMBERS_NOT_TAKEN("this question is not derived from numbers"), MISSING_NUMBER("the number {0} is missing"),
		ZERO_DENOMINATOR("{0} must be greater than 0"), RATIO_ABOVE_ALL("{0} / {1} is more than 100%"),
		LEVEL_OUT_OF_RANGE("level {0} is outside 0 to {1}"),
		NOT_A_FULFILMENT("{0} is not a degree of fulfilment (the model has {1})"),
		LEVEL_ANSWER_EXPECTED("this item is answered with a level"),
		FULFILMENT_ANSWER_EXPECTED("this item is answered with a degree of fulfilment per level"),
		OPTIONS_EXPECTED("this question is answered with options or numbers, not a level");

		private final String english;

		Kind(String english) {
			this.english = english;
		}

		/** The message bundle key of this kind. */
		public String messageKey() {
			return "assessment.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

}
