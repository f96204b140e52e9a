package io.kaiwu.energy.pricing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.energy.tariff.Season;
import io.kaiwu.energy.tariff.TimeBand;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_tariff tables: a tariff with its prices, seasons and hour bands. */
@Repository
class TariffRecords {

	private final JdbcClient jdbc;

	TariffRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StoredTariff> ofTenant(TenantId tenant) {
		record Head(UUID id, String code, String name, LocalDate validFrom, String source, Instant createdAt) {
		}
		List<Head> heads = this.jdbc
			.sql("SELECT * FROM energy_tariff WHERE tenant_id = ? ORDER BY valid_from DESC, code")
			.param(tenant.value())
			.query((rs, row) -> new Head(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
					rs.getDate("valid_from").toLocalDate(), rs.getString("source"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		List<StoredTariff> tariffs = new ArrayList<>();
		for (Head head : heads) {
			tariffs.add(new StoredTariff(head.id(), tenant, head.code(), head.name(), head.validFrom(), head.source(),
					prices(head.id()), seasons(head.id()), head.createdAt()));
		}
		return tariffs;
	}

	Optional<StoredTariff> find(TenantId tenant, UUID id) {
		return ofTenant(tenant).stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	/** Sets the tariff a site buys its electricity under, replacing the one it had. */
	void assignSite(TenantId tenant, UUID site, UUID tariff) {
		this.jdbc.sql("DELETE FROM energy_site_tariff WHERE tenant_id = ? AND site_id = ?")
			.params(tenant.value(), site)
			.update();
		this.jdbc.sql("INSERT INTO energy_site_tariff (tenant_id, site_id, tariff_id) VALUES (?, ?, ?)")
			.params(tenant.value(), site, tariff)
			.update();
	}

	Optional<UUID> tariffOfSite(TenantId tenant, UUID site) {
		return this.jdbc.sql("SELECT tariff_id FROM energy_site_tariff WHERE tenant_id = ? AND site_id = ?")
			.params(tenant.value(), site)
			.query(UUID.class)
			.optional();
	}

	boolean codeTaken(TenantId tenant, String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM energy_tariff WHERE tenant_id = ? AND code = ?")
			.params(tenant.value(), code)
			.query(Long.class)
			.single() > 0;
	}

	private Map<TouPeriod, BigDecimal> prices(UUID tariff) {
		Map<TouPeriod, BigDecimal> prices = new EnumMap<>(TouPeriod.class);
		this.jdbc.sql("SELECT period, price FROM energy_tariff_price WHERE tariff_id = ?").param(tariff).query((rs) -> {
			prices.put(TouPeriod.valueOf(rs.getString("period")), rs.getBigDecimal("price").stripTrailingZeros());
		});
		return prices;
	}

	private List<Season> seasons(UUID tariff) {
		Map<Integer, List<TimeBand>> bands = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT season_position, period, starts_at, ends_at FROM energy_tariff_band
				WHERE tariff_id = ? ORDER BY season_position, position""").param(tariff).query((rs) -> {
			bands.computeIfAbsent(rs.getInt("season_position"), (p) -> new ArrayList<>())
				.add(TimeBand.of(TouPeriod.valueOf(rs.getString("period")), rs.getString("starts_at"),
						rs.getString("ends_at")));
		});
		return this.jdbc
			.sql("SELECT position, name, months FROM energy_tariff_season WHERE tariff_id = ? ORDER BY position")
			.param(tariff)
			.query((rs, row) -> new Season(rs.getString("name"), months(rs.getString("months")),
					bands.getOrDefault(rs.getInt("position"), List.of())))
			.list();
	}

	void insert(StoredTariff t) {
		this.jdbc.sql("""
				INSERT INTO energy_tariff (id, tenant_id, code, name, valid_from, source, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.tenant().value(), t.code(), t.name(), Date.valueOf(t.validFrom()), t.source(),
					Timestamp.from(t.createdAt()))
			.update();
		t.prices()
			.forEach((period, price) -> this.jdbc
				.sql("INSERT INTO energy_tariff_price (tariff_id, period, price) VALUES (?, ?, ?)")
				.params(t.id(), period.name(), price)
				.update());
		int seasonPosition = 0;
		for (Season season : t.seasons()) {
			this.jdbc.sql("INSERT INTO energy_tariff_season (tariff_id, position, name, months) VALUES (?, ?, ?, ?)")
				.params(t.id(), seasonPosition, season.name(),
						season.months()
							.stream()
							.sorted()
							.map((m) -> String.valueOf(m.getValue()))
							.collect(Collectors.joining(",")))
				.update();
			int bandPosition = 0;
			for (TimeBand band : season.bands()) {
				this.jdbc
					.sql("""
							INSERT INTO energy_tariff_band (tariff_id, season_position, position, period, starts_at, ends_at)
							VALUES (?, ?, ?, ?, ?, ?)""")
					.params(t.id(), seasonPosition, bandPosition++, band.period().name(), clock(band.from()),
							band.to().equals(LocalTime.MIDNIGHT) ? "24:00" : clock(band.to()))
					.update();
			}
			seasonPosition++;
		}
	}

	private static String clock(LocalTime time) {
		return String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	private static Set<Month> months(String months) {
		Set<Month> set = EnumSet.noneOf(Month.class);
		Arrays.stream(months.split(",")).map(String::strip).map(Integer::parseInt).map(Month::of).forEach(set::add);
		return set;
	}

}
