package io.kaiwu.simulator;

import java.util.List;

/**
 * The whole plant as the incoming supply sees it: every machine and the compressor plus
 * lighting, ventilation and offices (a base load of 30–50 kW).
 */
final class PlantLoad implements Load {

	private final List<? extends Load> loads;

	private final double baseKw;

	PlantLoad(List<? extends Load> loads, double baseKw) {
		this.loads = List.copyOf(loads);
		this.baseKw = baseKw;
	}

	@Override
	public double powerKw() {
		double total = this.baseKw;
		for (Load load : this.loads) {
			total += load.powerKw();
		}
		return total;
	}

	@Override
	public double powerFactor() {
		double active = 0;
		double apparent = 0;
		for (Load load : this.loads) {
			active += load.powerKw();
			apparent += load.powerKw() / Math.max(0.1, load.powerFactor());
		}
		active += this.baseKw;
		apparent += this.baseKw / 0.95;
		return active / apparent;
	}

}
