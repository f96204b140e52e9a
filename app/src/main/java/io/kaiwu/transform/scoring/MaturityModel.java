package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One version of a maturity model (成熟度模型) as its data file declares it: the scored
 * questions under dimension → sub-dimension → indicator, the rubric of items judged by
 * level (the SME model's scenarios, GB/T 39116's sub-domains, DCMM's items), and the
 * grade tables. Every weight, threshold and flag comes from the file.
 *
 * @param code the model's stable code, for example {@code sme-digital}.
 * @param version the version within the model, for example {@code 2024}.
 * @param name the model's name in Chinese.
 * @param nameEn the model's name in English.
 * @param source where the content comes from (document number, standard).
 * @param unverified the parts not yet checked against the official text.
 * @param levels the model's levels, rank 1 upwards.
 * @param totalPoints the declared total of the scored part, {@literal null} when nothing
 * is scored by points.
 * @param dimensions the scored part.
 * @param rubric the part judged by level, {@literal null} when there is none.
 * @param gradeTables the rules that turn scores and levels into grades.
 */
public record MaturityModel(String code, String version, String name, String nameEn, String source,
		List<Unverified> unverified, List<Level> levels, @Nullable BigDecimal totalPoints, List<Dimension> dimensions,
		@Nullable Rubric rubric, List<GradeTable> gradeTables) {

	public MaturityModel {
		unverified = List.copyOf(unverified);
		levels = List.copyOf(levels);
		dimensions = List.copyOf(dimensions);
		gradeTables = List.copyOf(gradeTables);
	}

	/** Every scored question, in the file's order. */
	public Stream<Question> questions() {
		return this.dimensions.stream()
			.flatMap((d) -> d.subDimensions().stream())
			.flatMap((s) -> s.indicators().stream())
			.flatMap((i) -> i.questions().stream());
	}

	/** Every rubric item, in the file's order. */
	public Stream<RubricItem> items() {
		return (this.rubric == null) ? Stream.empty()
				: this.rubric.groups().stream().flatMap((g) -> g.items().stream());
	}

	public Optional<Question> question(String code) {
		return questions().filter((q) -> q.code().equals(code)).findFirst();
	}

	public Optional<RubricItem> item(String code) {
		return items().filter((i) -> i.code().equals(code)).findFirst();
	}

	/** The highest level rank. */
	public int topLevel() {
		return this.levels.size();
	}

	/**
	 * A part of the file not checked against the official text.
	 *
	 * @param path where in the file, for example {@code gradeTables[0]}.
	 * @param note what is unverified and why.
	 */
	public record Unverified(String path, String note) {
	}

	/**
	 * One level of the model (for example 一级 … 四级, or 规划级 … 引领级).
	 *
	 * @param rank 1 for the lowest.
	 */
	public record Level(int rank, String code, String name, String nameEn, String description) {
	}

	/** A scored dimension (维度) with its declared maximum points. */
	public record Dimension(String code, String name, String nameEn, BigDecimal maxPoints,
			List<SubDimension> subDimensions) {

		public Dimension {
			subDimensions = List.copyOf(subDimensions);
		}

	}

	/** A sub-dimension (子维度). */
	public record SubDimension(String code, String name, String nameEn, BigDecimal maxPoints,
			List<Indicator> indicators) {

		public SubDimension {
			indicators = List.copyOf(indicators);
		}

	}

	/** An indicator (指标). */
	public record Indicator(String code, String name, String nameEn, BigDecimal maxPoints, List<Question> questions) {

		public Indicator {
			questions = List.copyOf(questions);
		}

	}

	/**
	 * A scored question (题目).
	 *
	 * @param path where it is in the file, for example
	 * {@code dimensions[0].subDimensions[0].indicators[1].questions[0]}.
	 * @param derivation how an option follows from raw numbers, {@literal null} when the
	 * respondent only picks.
	 * @param evidence the key of the {@code EvidenceFact} the answer can be proposed
	 * from, {@literal null} when the platform cannot know it.
	 * @param materials the supporting materials (支撑材料) an assessor asks for.
	 */
	public record Question(String code, String path, String text, String textEn, QuestionType type,
			BigDecimal maxPoints, List<Option> options, @Nullable Derivation derivation, @Nullable String evidence,
			List<String> materials) {

		public Question {
			options = List.copyOf(options);
			materials = List.copyOf(materials);
		}

		public Optional<Option> option(String code) {
			return this.options.stream().filter((o) -> o.code().equals(code)).findFirst();
		}

	}

	/** Single choice (单选) or multiple choice (多选, points add up). */
	public enum QuestionType {

		SINGLE, MULTIPLE

	}

	/**
	 * An option (选项).
	 *
	 * @param exclusive picked alone only, for example 无.
	 */
	public record Option(String code, String text, String textEn, BigDecimal points, boolean exclusive) {
	}

	/**
	 * How the option of a single-choice question follows from two raw numbers: their
	 * ratio in percent falls into the first band whose upper bound is not below it.
	 */
	public record Derivation(List<Input> inputs, String numerator, String denominator, List<Band> bands) {

		public Derivation {
			inputs = List.copyOf(inputs);
			bands = List.copyOf(bands);
		}

	}

	/** A raw number the respondent enters, for example the count of networked devices. */
	public record Input(String code, String name, String nameEn) {
	}

	/** A percent band: ratios up to and including {@code upTo} give {@code option}. */
	public record Band(BigDecimal upTo, String option) {
	}

	/**
	 * The part judged by level: each item is placed at a level (the highest fully met),
	 * or, with {@link RubricMethod#FULFILMENT}, every level's requirements are rated by
	 * degree of fulfilment.
	 *
	 * @param fulfilment the degrees of fulfilment with their values, for the FULFILMENT
	 * method.
	 * @param passThreshold the level score from which a level counts as achieved, for the
	 * FULFILMENT method.
	 */
	public record Rubric(String name, String nameEn, RubricMethod method, List<Fulfilment> fulfilment,
			@Nullable BigDecimal passThreshold, List<RubricGroup> groups) {

		public Rubric {
			fulfilment = List.copyOf(fulfilment);
			groups = List.copyOf(groups);
		}

		public Optional<Fulfilment> fulfilment(String code) {
			return this.fulfilment.stream().filter((f) -> f.code().equals(code)).findFirst();
		}

	}

	/** How the rubric's items are answered and summed up. */
	public enum RubricMethod {

		/**
		 * Each item gets the highest level fully met (0 for none); the index is the mean
		 * over the groups of the mean level of their items.
		 */
		HIGHEST_LEVEL,
		/**
		 * Each item's requirements at each level are rated by degree of fulfilment; a
		 * level's score is the weighted mean over the items; the index adds up the level
		 * scores from level 1 up to and including the first level below the pass
		 * threshold.
		 */
		FULFILMENT

	}

	/** A degree of fulfilment (全部满足 1 …). */
	public record Fulfilment(String code, String name, String nameEn, BigDecimal value) {
	}

	/** A group of rubric items (a scenario group, an element, a capability area). */
	public record RubricGroup(String code, String name, String nameEn, List<RubricItem> items) {

		public RubricGroup {
			items = List.copyOf(items);
		}

	}

	/**
	 * A rubric item: a scenario (场景), a capability sub-domain or item.
	 *
	 * @param constrained counts in a grade's constrained-count condition (约束性场景).
	 * @param weight its weight in a level score, 1 unless the file says otherwise.
	 * @param descriptors one per level, rank 1 first.
	 */
	public record RubricItem(String code, String path, String name, String nameEn, boolean constrained,
			BigDecimal weight, List<String> descriptors, @Nullable String evidence) {

		public RubricItem {
			descriptors = List.copyOf(descriptors);
		}

	}

	/** A grade table: grades highest first; the first whose conditions hold is given. */
	public record GradeTable(String code, String name, String nameEn, List<Grade> grades) {

		public GradeTable {
			grades = List.copyOf(grades);
		}

	}

	/**
	 * A grade and the conditions it needs, all of them.
	 *
	 * @param minScore the least total of the scored dimensions.
	 * @param minIndex the least rubric index (mean level, or summed level scores).
	 * @param itemsAtLevel the least count of items at or above a level.
	 */
	public record Grade(String code, String name, String nameEn, @Nullable BigDecimal minScore,
			@Nullable BigDecimal minIndex, @Nullable ItemsAtLevel itemsAtLevel) {
	}

	/**
	 * At least {@code count} items (of {@code items}, or of all items when empty) at or
	 * above {@code level}, of which at least {@code constrained} are constrained.
	 */
	public record ItemsAtLevel(int level, int count, int constrained, List<String> items) {

		public ItemsAtLevel {
			items = List.copyOf(items);
		}

	}

}
