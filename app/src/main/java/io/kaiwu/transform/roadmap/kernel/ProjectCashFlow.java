package io.kaiwu.transform.roadmap.kernel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The money of one transformation project: what it costs up front and what it returns,
 * net of its running costs, in each year after.
 *
 * @param investment spent at the start (year 0), at least 0.
 * @param netBenefits net benefit in years 1, 2, … (benefits less running costs; a year
 * can be negative).
 */
public record ProjectCashFlow(double investment, List<Double> netBenefits) {

	public ProjectCashFlow {
		if (!(investment >= 0) || Double.isInfinite(investment)) {
			throw new IllegalArgumentException("The investment must be a number of at least 0, not " + investment);
		}
		netBenefits = List.copyOf(netBenefits);
		for (Double b : netBenefits) {
			if (b == null || !Double.isFinite(b)) {
				throw new IllegalArgumentException("Every yearly net benefit must be a finite number: " + netBenefits);
			}
		}
	}

	/**
	 * Net present value (净现值) at a yearly discount rate: −investment + Σ benefitₜ ÷ (1 +
	 * rate)ᵗ.
	 */
	public double npv(double rate) {
		if (!(rate > -1) || Double.isInfinite(rate)) {
			throw new IllegalArgumentException("The discount rate must be above −100 %, not " + rate);
		}
		double value = -this.investment;
		for (int t = 1; t <= this.netBenefits.size(); t++) {
			value += this.netBenefits.get(t - 1) / Math.pow(1 + rate, t);
		}
		return value;
	}

	/**
	 * Return on investment (投资回报率) over the horizon, undiscounted: (Σ benefits −
	 * investment) ÷ investment; {@literal null} when nothing is invested.
	 */
	public @Nullable Double roi() {
		if (this.investment == 0) {
			return null;
		}
		return (total(this.netBenefits) - this.investment) / this.investment;
	}

	/**
	 * Payback period (投资回收期) in years, undiscounted, with the year of payback
	 * interpolated linearly; {@literal null} when the project does not pay back within
	 * the horizon. Nothing invested pays back at once.
	 */
	public @Nullable Double paybackYears() {
		return payback(0);
	}

	/** The payback period counted on discounted benefits. */
	public @Nullable Double discountedPaybackYears(double rate) {
		return payback(rate);
	}

	private @Nullable Double payback(double rate) {
		double remaining = this.investment;
		if (remaining <= 0) {
			return 0.0;
		}
		for (int t = 1; t <= this.netBenefits.size(); t++) {
			double benefit = this.netBenefits.get(t - 1) / Math.pow(1 + rate, t);
			if (benefit > 0 && benefit >= remaining) {
				return (t - 1) + remaining / benefit;
			}
			remaining -= benefit;
		}
		return null;
	}

	private static double total(List<Double> values) {
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum;
	}

}
