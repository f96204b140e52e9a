package io.kaiwu.quality.charting;

import io.kaiwu.quality.inspection.SubgroupRecorded;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Plots every subgroup the inspections record, after their transaction commits (the event
 * publication registry keeps it until plotted); a redelivered event changes nothing. The
 * subgroups of one characteristic are plotted one at a time (each in a transaction
 * committed before the next starts), so the run rules always see the points before and
 * two violations never race to raise the same alarm. The lock is per process: several
 * Kaiwu processes sharing one database would need a database lock instead.
 */
@Component
class SubgroupListener {

	private static final int STRIPES = 64;

	private final Object[] locks = new Object[STRIPES];

	private final ControlCharting charting;

	SubgroupListener(ControlCharting charting) {
		this.charting = charting;
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new Object();
		}
	}

	/**
	 * After the inspection commits, asynchronously and outside any transaction (unlike
	 * {@code @ApplicationModuleListener}): a thread waiting for the lock holds no
	 * database connection, so a burst of subgroups cannot starve the pool.
	 */
	@Async
	@TransactionalEventListener
	void recorded(SubgroupRecorded event) {
		synchronized (this.locks[Math.floorMod(event.characteristicId().hashCode(), STRIPES)]) {
			this.charting.plot(event);
		}
	}

}
