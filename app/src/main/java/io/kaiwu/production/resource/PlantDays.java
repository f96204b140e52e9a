package io.kaiwu.production.resource;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What "today" is for a plant: the date in the plant's time zone, not the server's (a
 * server on UTC is still on yesterday from midnight to 08:00 in China, and a BOM that
 * became effective today would not be found).
 */
@Component
public class PlantDays {

	/** The zone of a plant that has none set. */
	private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private final EnterpriseStructure structure;

	private final Clock clock;

	@Autowired
	PlantDays(EnterpriseStructure structure) {
		this(structure, Clock.systemUTC());
	}

	PlantDays(EnterpriseStructure structure, Clock clock) {
		this.structure = structure;
		this.clock = clock;
	}

	/** Today at the plant. */
	public LocalDate today(TenantId tenant, UUID plantId) {
		ZoneId zone = this.structure.findNode(tenant, plantId)
			.map(StructureNode::timeZone)
			.filter((z) -> z != null && !z.isBlank())
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * Today at the tenant's first plant with a time zone, for what belongs to no plant.
	 */
	public LocalDate today(TenantId tenant) {
		ZoneId zone = this.structure.sites(tenant)
			.stream()
			.map(StructureNode::timeZone)
			.filter((z) -> z != null && !z.isBlank())
			.findFirst()
			.map(ZoneId::of)
			.orElse(DEFAULT_ZONE);
		return LocalDate.now(this.clock.withZone(zone));
	}

}
