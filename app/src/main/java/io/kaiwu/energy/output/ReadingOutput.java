package io.kaiwu.energy.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds up machines' parts over periods. A count belongs to the period its own period
 * starts in; a counter count that starts inside a reported period of the same machine is
 * left out, the report's parts count instead (equipment's rule for OEE).
 */
@Service
public class ReadingOutput {

	private final OutputRecords records;

	ReadingOutput(OutputRecords records) {
		this.records = records;
	}

	/**
	 * The parts of the machines in each of the consecutive periods given by its bounds.
	 * @param bounds the periods' starts, then the end of the last one: n + 1 instants for
	 * n periods
	 * @return one sum per period
	 */
	@Transactional(readOnly = true)
	public List<Parts> parts(TenantId tenant, Collection<UUID> machines, List<Instant> bounds) {
		List<Parts> sums = new ArrayList<>();
		for (int i = 0; i + 1 < bounds.size(); i++) {
			sums.add(Parts.NONE);
		}
		if (sums.isEmpty()) {
			return sums;
		}
		for (UUID machine : machines) {
			List<PartsRecord> records = this.records.around(tenant, machine, bounds.get(0),
					bounds.get(bounds.size() - 1));
			List<PartsRecord> reported = records.stream().filter(PartsRecord::reported).toList();
			for (PartsRecord r : records) {
				int period = periodOf(r.from(), bounds);
				if (period < 0 || reported.stream().anyMatch((p) -> p.replaces(r))) {
					continue;
				}
				sums.set(period, sums.get(period).plus(new Parts(r.good(), r.reject(), r.reported())));
			}
		}
		return sums;
	}

	private static int periodOf(Instant at, List<Instant> bounds) {
		for (int i = 0; i + 1 < bounds.size(); i++) {
			if (!at.isBefore(bounds.get(i)) && at.isBefore(bounds.get(i + 1))) {
				return i;
			}
		}
		return -1;
	}

}
