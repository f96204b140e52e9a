package io.kaiwu.quality.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * One subgroup (合理子组) of one characteristic was recorded: the control charts plot it and
 * check it against their rules. For a variable characteristic {@code values} holds the
 * measured values (one for an individuals chart); for an attribute characteristic
 * {@code inspected} units were looked at and {@code nonconforming} of them were bad, with
 * {@code defects} defects in all.
 *
 * @param tenant whose characteristic
 * @param subgroupId the stored subgroup; the same however often the event is delivered
 * @param characteristicId the inspected characteristic
 * @param at when the subgroup was taken (for telemetry: the measurement's time)
 * @param values measured values of a variable characteristic; empty for an attribute
 * @param inspected units inspected (attribute characteristics); 0 for a variable
 * @param nonconforming units found nonconforming (attribute)
 * @param defects defects counted (attribute)
 */
public record SubgroupRecorded(TenantId tenant, UUID subgroupId, UUID characteristicId, Instant at, List<Double> values,
		int inspected, int nonconforming, int defects) {

	public SubgroupRecorded {
		values = List.copyOf(values);
	}

}
