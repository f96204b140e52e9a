package io.kaiwu.energy.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.tariff.Season;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.energy.tariff.TouTariff;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A tariff as stored; it passed the kernel's checks when it was created.
 *
 * @param id its id
 * @param tenant its tenant
 * @param code unique in the tenant
 * @param name its name
 * @param validFrom the first day it applies
 * @param source the notice it follows, if given
 * @param prices price per kWh of each period
 * @param seasons the seasons with their hour bands
 * @param createdAt when it was created
 */
public record StoredTariff(UUID id, TenantId tenant, String code, String name, LocalDate validFrom,
		@Nullable String source, Map<TouPeriod, BigDecimal> prices, List<Season> seasons, Instant createdAt) {

	public StoredTariff {
		prices = Map.copyOf(prices);
		seasons = List.copyOf(seasons);
	}

	/** The kernel's tariff, to split and price consumption. */
	public TouTariff tariff() {
		return TouTariff.of(this.name, this.prices, this.seasons);
	}

}
