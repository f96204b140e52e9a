package io.kaiwu.transform.evaluation.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The KPI catalogue of results evaluation (成效评估), after the guide's section 三(四): what
 * the business gained, and how capable it became. Each KPI has its formula over named
 * inputs; an input that the platform measures names the fact it can be taken from.
 */
public enum Kpi {

	/** 营收增长率 = (revenue − previous revenue) ÷ previous revenue. */
	REVENUE_GROWTH(KpiGroup.BUSINESS, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.atLeastZero("revenue"), KpiInput.divisor("previousRevenue")),
			(in) -> (in.get("revenue") - in.get("previousRevenue")) / in.get("previousRevenue") * 100),

	/** 利润率 = profit ÷ revenue (a loss gives a negative margin). */
	PROFIT_MARGIN(KpiGroup.BUSINESS, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.amount("profit"), KpiInput.divisor("revenue")),
			(in) -> in.get("profit") / in.get("revenue") * 100),

	/** 研发周期: mean days from a development project's start to its release. */
	RD_CYCLE(KpiGroup.BUSINESS, Direction.LOWER_IS_BETTER, Unit.DAYS,
			List.of(KpiInput.atLeastZero("totalProjectDays"), KpiInput.divisor("projectsReleased")),
			(in) -> in.get("totalProjectDays") / in.get("projectsReleased")),

	/**
	 * 生产运营效率 as OEE (设备综合效率) = availability × performance × quality, each a share.
	 */
	OEE(KpiGroup.BUSINESS, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.share("availability", "equipment.oee.availability"),
					KpiInput.share("performance", "equipment.oee.performance"),
					KpiInput.share("quality", "equipment.oee.quality")),
			(in) -> in.get("availability") * in.get("performance") * in.get("quality") * 100),

	/**
	 * 库存周转率 = cost of goods sold ÷ average inventory, the average of the opening and
	 * closing inventory at cost.
	 */
	INVENTORY_TURNOVER(KpiGroup.BUSINESS, Direction.HIGHER_IS_BETTER, Unit.TIMES,
			List.of(KpiInput.atLeastZero("costOfGoodsSold"), KpiInput.atLeastZero("openingInventory"),
					KpiInput.atLeastZero("closingInventory")),
			(in) -> in.get("costOfGoodsSold") / ((in.get("openingInventory") + in.get("closingInventory")) / 2)),

	/**
	 * 客户满意度 as CSAT: the share of survey answers that are satisfied (4 or 5 on a
	 * five-point scale).
	 */
	CUSTOMER_SATISFACTION(KpiGroup.BUSINESS, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.atLeastZero("satisfiedResponses"), KpiInput.divisor("responses")),
			(in) -> in.get("satisfiedResponses") / in.get("responses") * 100),

	/** 系统易用性: the mean System Usability Scale score of the period's answers. */
	SYSTEM_USABILITY(KpiGroup.DIGITAL_CAPABILITY, Direction.HIGHER_IS_BETTER, Unit.POINTS,
			List.of(KpiInput.score("meanSusScore")), (in) -> in.get("meanSusScore")),

	/** 标准符合性 = standards met ÷ standards that apply to the enterprise. */
	STANDARDS_CONFORMANCE(KpiGroup.DIGITAL_CAPABILITY, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.atLeastZero("standardsMet"), KpiInput.divisor("standardsApplicable")),
			(in) -> in.get("standardsMet") / in.get("standardsApplicable") * 100),

	/**
	 * 数据质量水平: the mean of the four GB/T 36344 dimensions the platform measures on its own
	 * telemetry: completeness (完整性), timeliness (时效性), accuracy/validity (准确性) and
	 * consistency (一致性), each a share.
	 */
	DATA_QUALITY(KpiGroup.DIGITAL_CAPABILITY, Direction.HIGHER_IS_BETTER, Unit.PERCENT,
			List.of(KpiInput.share("completeness", "data-quality.completeness"),
					KpiInput.share("timeliness", "data-quality.timeliness"),
					KpiInput.share("validity", "data-quality.validity"),
					KpiInput.share("consistency", "data-quality.consistency")),
			(in) -> (in.get("completeness") + in.get("timeliness") + in.get("validity") + in.get("consistency")) / 4
					* 100);

	private final KpiGroup group;

	private final Direction direction;

	private final Unit unit;

	private final List<KpiInput> inputs;

	private final ToDoubleFunction<Map<String, Double>> formula;

	Kpi(KpiGroup group, Direction direction, Unit unit, List<KpiInput> inputs,
			ToDoubleFunction<Map<String, Double>> formula) {
		this.group = group;
		this.direction = direction;
		this.unit = unit;
		this.inputs = inputs;
		this.formula = formula;
	}

	/** The KPI's code in the API and the bundles, for example {@code revenue-growth}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The KPI with this code. */
	public static java.util.Optional<Kpi> ofCode(String code) {
		for (Kpi kpi : values()) {
			if (kpi.code().equals(code)) {
				return java.util.Optional.of(kpi);
			}
		}
		return java.util.Optional.empty();
	}

	public KpiGroup group() {
		return this.group;
	}

	public Direction direction() {
		return this.direction;
	}

	public Unit unit() {
		return this.unit;
	}

	public List<KpiInput> inputs() {
		return this.inputs;
	}

	/**
	 * The KPI's value from its inputs.
	 * @throws KpiInputProblem listing every missing, unknown or out-of-range input, and
	 * inputs that contradict each other (more satisfied answers than answers, more
	 * standards met than apply, no inventory at all)
	 */
	public double compute(Map<String, Double> given) {
		List<KpiInputProblem.Issue> issues = new ArrayList<>();
		for (String name : given.keySet()) {
			if (this.inputs.stream().noneMatch((i) -> i.name().equals(name))) {
				issues.add(new KpiInputProblem.Issue(name, "unknown", given.get(name)));
			}
		}
		for (KpiInput input : this.inputs) {
			Double value = given.get(input.name());
			if (value == null) {
				issues.add(new KpiInputProblem.Issue(input.name(), "missing", null));
			}
			else if (!input.admits(value)) {
				issues.add(new KpiInputProblem.Issue(input.name(), "out-of-range", value));
			}
		}
		if (issues.isEmpty()) {
			contradictions(given, issues);
		}
		if (!issues.isEmpty()) {
			throw new KpiInputProblem(issues);
		}
		return this.formula.applyAsDouble(given);
	}

	private void contradictions(Map<String, Double> in, List<KpiInputProblem.Issue> issues) {
		switch (this) {
			case CUSTOMER_SATISFACTION -> exceeds(in, "satisfiedResponses", "responses", issues);
			case STANDARDS_CONFORMANCE -> exceeds(in, "standardsMet", "standardsApplicable", issues);
			case INVENTORY_TURNOVER -> {
				if (in.get("openingInventory") + in.get("closingInventory") == 0) {
					issues
						.add(new KpiInputProblem.Issue("closingInventory", "no-inventory", in.get("closingInventory")));
				}
			}
			default -> {
			}
		}
	}

	private static void exceeds(Map<String, Double> in, String part, String whole, List<KpiInputProblem.Issue> issues) {
		if (in.get(part) > in.get(whole)) {
			issues.add(new KpiInputProblem.Issue(part, "exceeds-" + whole, in.get(part)));
		}
	}

}
