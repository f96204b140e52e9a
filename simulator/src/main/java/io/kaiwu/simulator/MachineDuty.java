package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A machine's state machine (running / idle / setup / down) with dwell times drawn from
 * the plant's seed. A running spell lasts an exponential time (mean 25 min, 2–120 min);
 * then the machine has a short stop (idle 20 s–4 min, 60 %), waits for material or an
 * operator (idle 3–15 min, 25 %), changes over (setup 15–40 min, 12 %) or breaks down
 * (down 10–45 min, 3 %), and runs again. At a break of the shift pattern every machine
 * that is not down goes idle and starts running again when the break ends. A fault can
 * hold the machine down until it is repaired; then it runs again.
 */
final class MachineDuty {

	private final RandomGenerator random;

	private MachineState state = MachineState.IDLE;

	private Instant until = Instant.MIN;

	private Instant downUntil = Instant.MIN;

	private long shortStops;

	MachineDuty(RandomGenerator random) {
		this.random = random;
	}

	MachineState state() {
		return this.state;
	}

	/** Short stops counted since the start. */
	long shortStops() {
		return this.shortStops;
	}

	/** Holds the machine down for the repair time (a breakdown). */
	void breakDown(Instant now, Duration repair) {
		this.state = MachineState.DOWN;
		this.downUntil = now.plus(repair);
		this.until = this.downUntil;
	}

	/** Whether a breakdown forced by {@link #breakDown} still holds the machine. */
	boolean heldDown(Instant now) {
		return now.isBefore(this.downUntil);
	}

	void advance(PlantStep step) {
		Instant now = step.now();
		if (heldDown(now)) {
			this.state = MachineState.DOWN;
			return;
		}
		if (step.onBreak() && this.state != MachineState.DOWN) {
			this.state = MachineState.IDLE;
			this.until = now;
			return;
		}
		while (!now.isBefore(this.until)) {
			next(this.until.equals(Instant.MIN) ? now : this.until);
		}
	}

	private void next(Instant from) {
		if (this.state == MachineState.RUNNING) {
			double r = this.random.nextDouble();
			if (r < 0.60) {
				this.shortStops++;
				enter(MachineState.IDLE, from, seconds(20, 240));
			}
			else if (r < 0.85) {
				enter(MachineState.IDLE, from, seconds(180, 900));
			}
			else if (r < 0.97) {
				enter(MachineState.SETUP, from, seconds(900, 2400));
			}
			else {
				enter(MachineState.DOWN, from, seconds(600, 2700));
			}
		}
		else {
			double mean = 1500;
			double spell = -mean * Math.log(1 - this.random.nextDouble());
			enter(MachineState.RUNNING, from, (long) Values.clamp(spell, 120, 7200));
		}
	}

	private void enter(MachineState next, Instant from, long seconds) {
		this.state = next;
		this.until = from.plusSeconds(seconds);
	}

	private long seconds(long min, long max) {
		return min + this.random.nextLong(max - min + 1);
	}

}
