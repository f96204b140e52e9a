package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one set of answers against a model.
 *
 * @param total points of the scored dimensions (for the SME model 基础+管理+成效).
 * @param totalMax the model's declared total.
 * @param dimensions points per dimension, with sub-dimensions and indicators inside.
 * @param questionPoints points per question code.
 * @param itemLevels the level reached per rubric item (0 for none).
 * @param levelScores per level rank, the weighted fulfilment (FULFILMENT method only).
 * @param index the rubric index: mean level over groups, or summed level scores;
 * {@literal null} without a rubric.
 * @param groups mean level per rubric group.
 * @param radar one axis per dimension and rubric group, in percent of its maximum.
 * @param grades one result per grade table.
 */
public record ScoreCard(String model, String version, BigDecimal total, @Nullable BigDecimal totalMax,
		List<NodeScore> dimensions, Map<String, BigDecimal> questionPoints, Map<String, Integer> itemLevels,
		List<BigDecimal> levelScores, @Nullable BigDecimal index, List<NodeScore> groups, List<RadarAxis> radar,
		List<GradeResult> grades) {

	public ScoreCard {
		dimensions = List.copyOf(dimensions);
		questionPoints = Map.copyOf(questionPoints);
		itemLevels = Map.copyOf(itemLevels);
		levelScores = List.copyOf(levelScores);
		groups = List.copyOf(groups);
		radar = List.copyOf(radar);
		grades = List.copyOf(grades);
	}

	/** Points (or mean level) of one node and its maximum, with its children. */
	public record NodeScore(String code, String name, String nameEn, BigDecimal points, BigDecimal max,
			List<NodeScore> children) {

		public NodeScore {
			children = List.copyOf(children);
		}

	}

	/** One axis of the radar chart, 0–100. */
	public record RadarAxis(String code, String name, String nameEn, BigDecimal percent) {
	}

	/**
	 * The grade given by one table, the check of every grade's conditions, and the gap to
	 * the next grade up ({@literal null} at the top).
	 */
	public record GradeResult(String table, String tableName, String tableNameEn, @Nullable String grade,
			@Nullable String gradeName, @Nullable String gradeNameEn, List<Check> checks, @Nullable Gap gap) {

		public GradeResult {
			checks = List.copyOf(checks);
		}

	}

	/**
	 * One condition of one grade: what it needs, what there is.
	 *
	 * @param condition SCORE, INDEX, ITEMS or CONSTRAINED.
	 */
	public record Check(String grade, String condition, BigDecimal required, BigDecimal actual, boolean met) {
	}

	/**
	 * What it takes to reach {@code grade}.
	 *
	 * @param scoreShort points missing to the grade's least score (0 when met).
	 * @param indicators indicators with room to gain, most room first (only when points
	 * are missing).
	 * @param indexShort index missing to the grade's least index (0 when met).
	 * @param itemsShort items missing at the grade's level, constrained ones included.
	 * @param constrainedShort constrained items missing at the grade's level.
	 * @param items items to raise and to which level: constrained first, nearest first.
	 */
	public record Gap(String grade, String gradeName, String gradeNameEn, BigDecimal scoreShort,
			List<IndicatorRaise> indicators, BigDecimal indexShort, int itemsShort, int constrainedShort,
			List<ItemRaise> items) {

		public Gap {
			indicators = List.copyOf(indicators);
			items = List.copyOf(items);
		}

	}

	/** An indicator with points still to gain. */
	public record IndicatorRaise(String code, String name, String nameEn, BigDecimal points, BigDecimal max,
			BigDecimal room) {
	}

	/** A rubric item to raise from one level to another. */
	public record ItemRaise(String code, String name, String nameEn, boolean constrained, int from, int to) {
	}

}
