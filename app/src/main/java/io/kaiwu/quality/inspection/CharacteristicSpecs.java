package io.kaiwu.quality.inspection;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaiwu.shared.TenantId;

/**
 * What the control charts and capability studies need to know about a characteristic
 * (检验特性). Implemented by the inspection plans.
 */
public interface CharacteristicSpecs {

	/**
	 * One characteristic.
	 * @param tenant whose characteristic
	 * @param characteristicId the characteristic
	 * @return empty when the tenant has no such characteristic
	 */
	Optional<CharacteristicSpec> spec(TenantId tenant, UUID characteristicId);

	/**
	 * A characteristic as charts see it.
	 *
	 * @param id the characteristic
	 * @param planId the inspection plan it belongs to
	 * @param itemId the item it is inspected on
	 * @param code short code, unique in its plan
	 * @param name its name
	 * @param variable true for a measured value, false for an attribute (defects)
	 * @param nominal target value (variable only)
	 * @param lowerLimit lower specification limit (LSL), when there is one
	 * @param upperLimit upper specification limit (USL), when there is one
	 * @param unit unit of the measured value (variable only)
	 * @param subgroupSize measurements per subgroup; 1 for an individuals chart
	 */
	record CharacteristicSpec(UUID id, UUID planId, UUID itemId, String code, String name, boolean variable,
			@Nullable Double nominal, @Nullable Double lowerLimit, @Nullable Double upperLimit, @Nullable String unit,
			int subgroupSize) {
	}

}
