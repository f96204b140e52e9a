package io.kaiwu.maintenance.usage;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.maintenance.kernel.Period;
import io.kaiwu.maintenance.kernel.Reliability;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MTBF and MTTR of a machine over a period, from its running periods (a period still
 * running counts up to now) and its failures.
 */
@Service
public class ReliabilityReport {

	private final UsageMeters meters;

	private final Failures failures;

	ReliabilityReport(UsageMeters meters, Failures failures) {
		this.meters = meters;
		this.failures = failures;
	}

	@Transactional(readOnly = true)
	public Reliability of(TenantId tenant, UUID equipmentId, Period period, Instant now) {
		return Reliability.over(period, this.meters.running(tenant, equipmentId, period.start(), period.end(), now),
				this.failures.between(tenant, equipmentId, period.start(), period.end()));
	}

}
