package io.kaiwu.equipment.state;

import java.util.OptionalLong;

/**
 * A device's running part counter turned into parts made between two readings. When the
 * counter goes down it was reset (new shift, power cycle, rollover): the new reading is
 * what was counted since the reset.
 */
public final class PartCounter {

	private OptionalLong last = OptionalLong.empty();

	/**
	 * Parts made since the previous reading.
	 * @param reading the counter's value now
	 * @return the increase; 0 for the first reading, which only sets the baseline
	 */
	public long advance(long reading) {
		long made = this.last.isEmpty() ? 0
				: (reading >= this.last.getAsLong()) ? reading - this.last.getAsLong() : reading;
		this.last = OptionalLong.of(reading);
		return made;
	}

}
