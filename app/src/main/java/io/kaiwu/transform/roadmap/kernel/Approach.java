package io.kaiwu.transform.roadmap.kernel;

import java.util.Set;

/**
 * The three ways the guide (section 四) has enterprises transform, each weighting the
 * ranking of scenarios its own way.
 */
public enum Approach {

	/**
	 * 链式: a chain leader (行业龙头) leads its chain; supply-chain and cross-link scenarios
	 * come first, and value counts more than ease.
	 */
	CHAIN(new Weights(0.40, 0.20, 0.25, 0.15), 4, Set.of("SC", "CL"), 0.15),

	/**
	 * 整体: a large enterprise transforms every process, scenario and link under one plan;
	 * cross-link integration is favoured and more is done at once.
	 */
	WHOLE(new Weights(0.40, 0.20, 0.25, 0.15), 5, Set.of("CL"), 0.10),

	/**
	 * 梯次: a small or mid-size enterprise weighs potential value against feasibility and
	 * breaks through at its most pressing scenarios, a few at a time.
	 */
	TIERED(new Weights(0.30, 0.35, 0.15, 0.20), 2, Set.of(), 0);

	private final Weights weights;

	private final int scenariosPerPhase;

	private final Set<String> favouredCategories;

	private final double favouredBonus;

	Approach(Weights weights, int scenariosPerPhase, Set<String> favouredCategories, double favouredBonus) {
		this.weights = weights;
		this.scenariosPerPhase = scenariosPerPhase;
		this.favouredCategories = favouredCategories;
		this.favouredBonus = favouredBonus;
	}

	public Weights weights() {
		return this.weights;
	}

	/** How many scenarios one phase takes on at most. */
	public int scenariosPerPhase() {
		return this.scenariosPerPhase;
	}

	/** Scenario categories (the atlas's codes) this approach puts first. */
	public Set<String> favouredCategories() {
		return this.favouredCategories;
	}

	/** What a scenario of a favoured category adds to its score. */
	public double favouredBonus() {
		return this.favouredBonus;
	}

	/**
	 * The weights of a scenario's score: its value, its feasibility, the assessment gap
	 * it closes, and whether it relieves a pain point the user picked. They add up to 1.
	 */
	public record Weights(double value, double feasibility, double gap, double painPoint) {
	}

}
