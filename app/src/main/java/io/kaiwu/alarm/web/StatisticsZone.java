package io.kaiwu.alarm.web;

import java.time.DateTimeException;
import java.time.ZoneId;

import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;

import org.springframework.stereotype.Component;

/**
 * The zone alarm statistics count days in when the user names none. Statistics are per
 * tenant, not per site, so it is the zone of the tenant's first site (by code) that has
 * one; Asia/Shanghai for a tenant without sites.
 */
@Component
class StatisticsZone {

	private final EnterpriseStructure structure;

	StatisticsZone(EnterpriseStructure structure) {
		this.structure = structure;
	}

	ZoneId of(TenantId tenant) {
		for (StructureNode site : this.structure.sites(tenant)) {
			if (site.timeZone() != null && !site.timeZone().isBlank()) {
				try {
					return ZoneId.of(site.timeZone());
				}
				catch (DateTimeException ex) {
					// a zone the structure kept but Java does not know: try the next site
				}
			}
		}
		return StatisticsPeriod.DEFAULT_ZONE;
	}

}
