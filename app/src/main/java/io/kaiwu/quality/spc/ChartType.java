package io.kaiwu.quality.spc;

/**
 * The kinds of control chart (控制图), with the fewest baseline subgroups from which this
 * module estimates phase I limits. Twenty subgroups is Montgomery's and AIAG's usual
 * minimum for subgroup and attribute charts; an individuals chart gets twenty-five,
 * because single values carry less information about the spread.
 */
public enum ChartType {

	/** Mean and range (均值-极差图), subgroups of 2 to 10. */
	XBAR_R(true, 20),

	/** Mean and standard deviation (均值-标准差图), larger subgroups. */
	XBAR_S(true, 20),

	/** Individuals and moving range (单值-移动极差图), one value per subgroup. */
	I_MR(true, 25),

	/** Fraction nonconforming (不合格品率图), sample size may vary. */
	P(false, 20),

	/** Number nonconforming (不合格品数图), constant sample size. */
	NP(false, 20),

	/** Defects per unit count (缺陷数图), constant area of opportunity. */
	C(false, 20),

	/** Defects per unit (单位缺陷数图), sample size may vary. */
	U(false, 20);

	private final boolean variable;

	private final int minimumSubgroups;

	ChartType(boolean variable, int minimumSubgroups) {
		this.variable = variable;
		this.minimumSubgroups = minimumSubgroups;
	}

	/**
	 * @return true for measured values, false for counts
	 */
	public boolean variable() {
		return this.variable;
	}

	/**
	 * @return the fewest subgroups phase I limits are estimated from
	 */
	public int minimumSubgroups() {
		return this.minimumSubgroups;
	}

	/**
	 * The usual chart for a characteristic.
	 * @param variable measured (true) or counted (false)
	 * @param subgroupSize measurements per subgroup
	 * @return I-MR for single values, X̄-R up to 10, X̄-S above; u for counted defects
	 */
	public static ChartType usualFor(boolean variable, int subgroupSize) {
		if (!variable) {
			return U;
		}
		if (subgroupSize <= 1) {
			return I_MR;
		}
		return (subgroupSize <= 10) ? XBAR_R : XBAR_S;
	}

}
