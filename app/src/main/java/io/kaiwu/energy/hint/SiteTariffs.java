package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.tariff.TouTariff;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The tariff and time zone of the site a node belongs to, to price what a hint saves. */
@Component
class SiteTariffs {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final EnterpriseStructure structure;

	private final ManagingTariffs tariffs;

	SiteTariffs(EnterpriseStructure structure, ManagingTariffs tariffs) {
		this.structure = structure;
		this.tariffs = tariffs;
	}

	/** The site's tariff read in the site's zone; empty when the site has none. */
	Optional<Priced> of(TenantId tenant, UUID node) {
		StructureNode site = site(tenant, node);
		if (site == null) {
			return Optional.empty();
		}
		return this.tariffs.ofSite(tenant, site.id()).map((t) -> new Priced(t, t.tariff(), zone(site)));
	}

	private @Nullable StructureNode site(TenantId tenant, UUID node) {
		StructureNode n = this.structure.findNode(tenant, node).orElse(null);
		while (n != null && n.parentId() != null) {
			n = this.structure.findNode(tenant, n.parentId()).orElse(null);
		}
		return n;
	}

	private static ZoneId zone(StructureNode site) {
		try {
			return (site.timeZone() != null && !site.timeZone().isBlank()) ? ZoneId.of(site.timeZone()) : CHINA;
		}
		catch (DateTimeException ex) {
			return CHINA;
		}
	}

	/**
	 * A site's tariff.
	 *
	 * @param tariff the tariff
	 * @param tou the kernel's tariff, to split and price
	 * @param zone the site's time zone, in which its hours are read
	 */
	record Priced(StoredTariff tariff, TouTariff tou, ZoneId zone) {

		/** What kWh drawn evenly over [start, end) cost. */
		BigDecimal cost(Instant start, Instant end, BigDecimal kWh) {
			return this.tou.split(start, end, kWh, this.zone).totalCost();
		}

	}

}
