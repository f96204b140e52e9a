package io.kaiwu.quality.spc;

/**
 * Control limits were asked for from fewer subgroups than they can be trusted on.
 */
public final class TooFewSubgroups extends RuntimeException {

	private final ChartType type;

	private final int have;

	private final int needed;

	public TooFewSubgroups(ChartType type, int have, int needed) {
		super("A " + type + " chart needs " + needed + " subgroups for its limits; there are " + have + ", so "
				+ (needed - have) + " more are needed");
		this.type = type;
		this.have = have;
		this.needed = needed;
	}

	public ChartType type() {
		return this.type;
	}

	public int have() {
		return this.have;
	}

	public int needed() {
		return this.needed;
	}

	/**
	 * @return how many more subgroups must be recorded
	 */
	public int more() {
		return this.needed - this.have;
	}

}
