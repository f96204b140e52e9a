package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.transform.scoring.MaturityModel.Dimension;
import io.kaiwu.transform.scoring.MaturityModel.Grade;
import io.kaiwu.transform.scoring.MaturityModel.GradeTable;
import io.kaiwu.transform.scoring.MaturityModel.Indicator;
import io.kaiwu.transform.scoring.MaturityModel.ItemsAtLevel;
import io.kaiwu.transform.scoring.MaturityModel.Option;
import io.kaiwu.transform.scoring.MaturityModel.Question;
import io.kaiwu.transform.scoring.MaturityModel.QuestionType;
import io.kaiwu.transform.scoring.MaturityModel.Rubric;
import io.kaiwu.transform.scoring.MaturityModel.RubricGroup;
import io.kaiwu.transform.scoring.MaturityModel.RubricItem;
import io.kaiwu.transform.scoring.MaturityModel.RubricMethod;
import io.kaiwu.transform.scoring.MaturityModel.SubDimension;
import io.kaiwu.transform.scoring.ScoreCard.Check;
import io.kaiwu.transform.scoring.ScoreCard.Gap;
import io.kaiwu.transform.scoring.ScoreCard.GradeResult;
import io.kaiwu.transform.scoring.ScoreCard.IndicatorRaise;
import io.kaiwu.transform.scoring.ScoreCard.ItemRaise;
import io.kaiwu.transform.scoring.ScoreCard.NodeScore;
import io.kaiwu.transform.scoring.ScoreCard.RadarAxis;
import org.jspecify.annotations.Nullable;

/**
 * Scores answers against a model: points per question, indicator, sub-dimension and
 * dimension; the level of each rubric item; the rubric index; the grade of each grade
 * table (highest grade first, the first whose conditions all hold) and the gap to the
 * next grade up. Unanswered questions score 0 and unanswered items stand at level 0.
 */
public final class Scoring {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SCALE = 6;

	private final MaturityModel model;

	private final Map<String, Answer> answers;

	private final Map<String, BigDecimal> questionPoints = new LinkedHashMap<>();

	private final Map<String, Integer> itemLevels = new LinkedHashMap<>();

	private final List<IndicatorRaise> indicatorRoom = new ArrayList<>();

	private Scoring(MaturityModel model, Map<String, Answer> answers) {
		this.model = model;
		this.answers = answers;
	}

	/**
	 * The score card of the answers.
	 * @throws ModelRejected when an answer does not fit the model.
	 */
	public static ScoreCard score(MaturityModel model, Map<String, Answer> answers) {
		return new Scoring(model, AnswerCheck.check(model, answers)).card();
	}

	private ScoreCard card() {
		List<NodeScore> dimensions = this.model.dimensions().stream().map(this::dimension).toList();
		BigDecimal total = sum(dimensions.stream().map(NodeScore::points).toList());
		List<BigDecimal> levelScores = List.of();
		BigDecimal index = null;
		List<NodeScore> groups = List.of();
		Rubric rubric = this.model.rubric();
		if (rubric != null) {
			if (rubric.method() == RubricMethod.FULFILMENT) {
				levelScores = levelScores(rubric);
				index = fulfilmentIndex(rubric, levelScores);
			}
			for (RubricItem item : this.model.items().toList()) {
				this.itemLevels.put(item.code(), itemLevel(rubric, item));
			}
			groups = rubric.groups().stream().map(this::group).toList();
			if (rubric.method() == RubricMethod.HIGHEST_LEVEL) {
				index = mean(groups.stream().map(NodeScore::points).toList());
			}
		}
		List<RadarAxis> radar = new ArrayList<>();
		for (NodeScore node : dimensions) {
			radar.add(new RadarAxis(node.code(), node.name(), node.nameEn(), percent(node.points(), node.max())));
		}
		for (NodeScore node : groups) {
			radar.add(new RadarAxis(node.code(), node.name(), node.nameEn(), percent(node.points(), node.max())));
		}
		List<GradeResult> grades = new ArrayList<>();
		for (GradeTable table : this.model.gradeTables()) {
			grades.add(grade(table, total, index));
		}
		return new ScoreCard(this.model.code(), this.model.version(), total, this.model.totalPoints(), dimensions,
				this.questionPoints, this.itemLevels, levelScores, index, groups, radar, grades);
	}

	private NodeScore dimension(Dimension d) {
		List<NodeScore> subs = d.subDimensions().stream().map(this::subDimension).toList();
		return new NodeScore(d.code(), d.name(), d.nameEn(), sum(subs.stream().map(NodeScore::points).toList()),
				d.maxPoints(), subs);
	}

	private NodeScore subDimension(SubDimension s) {
		List<NodeScore> indicators = s.indicators().stream().map(this::indicator).toList();
		return new NodeScore(s.code(), s.name(), s.nameEn(), sum(indicators.stream().map(NodeScore::points).toList()),
				s.maxPoints(), indicators);
	}

	private NodeScore indicator(Indicator i) {
		BigDecimal points = sum(i.questions().stream().map(this::question).toList());
		if (points.compareTo(i.maxPoints()) < 0) {
			this.indicatorRoom.add(new IndicatorRaise(i.code(), i.name(), i.nameEn(), points, i.maxPoints(),
					i.maxPoints().subtract(points)));
		}
		return new NodeScore(i.code(), i.name(), i.nameEn(), points, i.maxPoints(), List.of());
	}

	private BigDecimal question(Question q) {
		Answer answer = this.answers.get(q.code());
		BigDecimal points = BigDecimal.ZERO;
		if (answer != null) {
			List<BigDecimal> picked = answer.options()
				.stream()
				.distinct()
				.map((code) -> q.option(code).map(Option::points).orElse(BigDecimal.ZERO))
				.toList();
			points = (q.type() == QuestionType.SINGLE) ? picked.stream().findFirst().orElse(BigDecimal.ZERO)
					: sum(picked).min(q.maxPoints());
		}
		this.questionPoints.put(q.code(), points);
		return points;
	}

	/** Per level rank, the weighted mean fulfilment over all items. */
	private List<BigDecimal> levelScores(Rubric rubric) {
		List<RubricItem> items = this.model.items().toList();
		BigDecimal weights = sum(items.stream().map(RubricItem::weight).toList());
		List<BigDecimal> scores = new ArrayList<>();
		for (int rank = 1; rank <= this.model.topLevel(); rank++) {
			BigDecimal weighted = BigDecimal.ZERO;
			for (RubricItem item : items) {
				weighted = weighted.add(item.weight().multiply(fulfilment(rubric, item, rank)));
			}
			scores.add(weights.signum() == 0 ? BigDecimal.ZERO : weighted.divide(weights, SCALE, RoundingMode.HALF_UP));
		}
		return scores;
	}

	/**
	 * The level scores added up from level 1 to the first level below the pass threshold,
	 * that one included: all of level 1 and 2 and 0.5 of level 3 give 2.5.
	 */
	private static BigDecimal fulfilmentIndex(Rubric rubric, List<BigDecimal> levelScores) {
		BigDecimal index = BigDecimal.ZERO;
		for (BigDecimal score : levelScores) {
			index = index.add(score);
			if (score.compareTo(rubric.passThreshold()) < 0) {
				break;
			}
		}
		return index;
	}

	private BigDecimal fulfilment(Rubric rubric, RubricItem item, int rank) {
		Answer answer = this.answers.get(item.code());
		if (answer == null || !answer.fulfilment().containsKey(rank)) {
			return BigDecimal.ZERO;
		}
		return rubric.fulfilment(answer.fulfilment().get(rank))
			.map(MaturityModel.Fulfilment::value)
			.orElse(BigDecimal.ZERO);
	}

	/**
	 * The highest level of an item: the answered level, or with the FULFILMENT method the
	 * highest rank up to which every level meets the pass threshold.
	 */
	private int itemLevel(Rubric rubric, RubricItem item) {
		if (rubric.method() == RubricMethod.HIGHEST_LEVEL) {
			Answer answer = this.answers.get(item.code());
			return (answer == null || answer.level() == null) ? 0 : answer.level();
		}
		int level = 0;
		while (level < this.model.topLevel()
				&& fulfilment(rubric, item, level + 1).compareTo(rubric.passThreshold()) >= 0) {
			level++;
		}
		return level;
	}

	private NodeScore group(RubricGroup g) {
		BigDecimal mean = mean(
				g.items().stream().map((i) -> BigDecimal.valueOf(this.itemLevels.get(i.code()))).toList());
		return new NodeScore(g.code(), g.name(), g.nameEn(), mean, BigDecimal.valueOf(this.model.topLevel()),
				List.of());
	}

	private GradeResult grade(GradeTable table, BigDecimal total, @Nullable BigDecimal index) {
		List<Check> checks = new ArrayList<>();
		Grade achieved = null;
		int achievedAt = table.grades().size();
		for (int i = 0; i < table.grades().size(); i++) {
			Grade grade = table.grades().get(i);
			List<Check> own = checks(grade, total, index);
			checks.addAll(own);
			if (achieved == null && own.stream().allMatch(Check::met)) {
				achieved = grade;
				achievedAt = i;
			}
		}
		Gap gap = (achievedAt == 0) ? null : gap(table.grades().get(achievedAt - 1), total, index);
		return new GradeResult(table.code(), table.name(), table.nameEn(), (achieved != null) ? achieved.code() : null,
				(achieved != null) ? achieved.name() : null, (achieved != null) ? achieved.nameEn() : null, checks,
				gap);
	}

	private List<Check> checks(Grade grade, BigDecimal total, @Nullable BigDecimal index) {
		List<Check> checks = new ArrayList<>();
		if (grade.minScore() != null) {
			checks
				.add(new Check(grade.code(), "SCORE", grade.minScore(), total, total.compareTo(grade.minScore()) >= 0));
		}
		if (grade.minIndex() != null) {
			BigDecimal actual = (index != null) ? index : BigDecimal.ZERO;
			checks.add(new Check(grade.code(), "INDEX", grade.minIndex(), actual,
					actual.compareTo(grade.minIndex()) >= 0));
		}
		ItemsAtLevel items = grade.itemsAtLevel();
		if (items != null) {
			List<RubricItem> counted = counted(items);
			long all = counted.stream().filter((i) -> this.itemLevels.get(i.code()) >= items.level()).count();
			long constrained = counted.stream()
				.filter((i) -> i.constrained() && this.itemLevels.get(i.code()) >= items.level())
				.count();
			checks.add(new Check(grade.code(), "ITEMS", BigDecimal.valueOf(items.count()), BigDecimal.valueOf(all),
					all >= items.count()));
			if (items.constrained() > 0) {
				checks.add(new Check(grade.code(), "CONSTRAINED", BigDecimal.valueOf(items.constrained()),
						BigDecimal.valueOf(constrained), constrained >= items.constrained()));
			}
		}
		return checks;
	}

	private List<RubricItem> counted(ItemsAtLevel items) {
		return this.model.items().filter((i) -> items.items().isEmpty() || items.items().contains(i.code())).toList();
	}

	private Gap gap(Grade target, BigDecimal total, @Nullable BigDecimal index) {
		BigDecimal scoreShort = (target.minScore() == null) ? BigDecimal.ZERO
				: target.minScore().subtract(total).max(BigDecimal.ZERO);
		List<IndicatorRaise> indicators = (scoreShort.signum() == 0) ? List.of()
				: this.indicatorRoom.stream().sorted(Comparator.comparing(IndicatorRaise::room).reversed()).toList();
		BigDecimal indexShort = (target.minIndex() == null) ? BigDecimal.ZERO
				: target.minIndex().subtract((index != null) ? index : BigDecimal.ZERO).max(BigDecimal.ZERO);
		List<ItemRaise> raises = new ArrayList<>();
		int itemsShort = 0;
		int constrainedShort = 0;
		ItemsAtLevel needed = target.itemsAtLevel();
		if (needed != null) {
			List<RubricItem> below = counted(needed).stream()
				.filter((i) -> this.itemLevels.get(i.code()) < needed.level())
				.sorted(Comparator.comparing((RubricItem i) -> this.itemLevels.get(i.code())).reversed())
				.toList();
			int atLevel = counted(needed).size() - below.size();
			int constrainedAtLevel = (int) counted(needed).stream()
				.filter((i) -> i.constrained() && this.itemLevels.get(i.code()) >= needed.level())
				.count();
			itemsShort = Math.max(0, needed.count() - atLevel);
			constrainedShort = Math.max(0, needed.constrained() - constrainedAtLevel);
			below.stream()
				.filter(RubricItem::constrained)
				.limit(constrainedShort)
				.forEach((i) -> raises.add(raise(i, needed.level())));
			int rest = Math.max(0, itemsShort - raises.size());
			below.stream()
				.filter((i) -> raises.stream().noneMatch((r) -> r.code().equals(i.code())))
				.limit(rest)
				.forEach((i) -> raises.add(raise(i, needed.level())));
		}
		if (indexShort.signum() > 0 && this.model.rubric() != null) {
			int toward = Math.min(this.model.topLevel(),
					target.minIndex().setScale(0, RoundingMode.CEILING).intValue());
			this.model.items()
				.filter((i) -> this.itemLevels.get(i.code()) < toward)
				.filter((i) -> raises.stream().noneMatch((r) -> r.code().equals(i.code())))
				.sorted(Comparator.comparing((RubricItem i) -> this.itemLevels.get(i.code())))
				.forEach((i) -> raises.add(raise(i, toward)));
		}
		return new Gap(target.code(), target.name(), target.nameEn(), scoreShort, indicators, indexShort, itemsShort,
				constrainedShort, raises);
	}

	private ItemRaise raise(RubricItem item, int to) {
		return new ItemRaise(item.code(), item.name(), item.nameEn(), item.constrained(),
				this.itemLevels.get(item.code()), to);
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal mean(List<BigDecimal> values) {
		return values.isEmpty() ? BigDecimal.ZERO
				: sum(values).divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(BigDecimal value, BigDecimal max) {
		return (max.signum() == 0) ? BigDecimal.ZERO : value.multiply(HUNDRED).divide(max, 1, RoundingMode.HALF_UP);
	}

}
