package io.kaiwu.energy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.pricing.TariffDraft;
import io.kaiwu.energy.tariff.TariffSplit;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time-of-use tariffs over REST: list, read, create (engineers), and what an interval's
 * consumption costs under one. A refused tariff answers 400 naming every month and hour
 * range covered twice or not at all.
 */
@RestController
@RequestMapping("/api/v1/energy/tariffs")
@PreAuthorize("hasRole('VIEWER')")
class TariffApiController {

	private final ManagingTariffs tariffs;

	TariffApiController(ManagingTariffs tariffs) {
		this.tariffs = tariffs;
	}

	@GetMapping
	List<TariffView> list() {
		return this.tariffs.list(CurrentPrincipal.get().requireTenant()).stream().map(TariffView::of).toList();
	}

	@GetMapping("/{id}")
	TariffView get(@PathVariable UUID id) {
		return TariffView.of(this.tariffs.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	TariffView create(@RequestBody TariffDraft draft) {
		return TariffView.of(this.tariffs.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	/** The site buys its electricity under this tariff from now on. */
	@PutMapping("/{id}/sites/{siteId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void assignToSite(@PathVariable UUID id, @PathVariable UUID siteId) {
		this.tariffs.assignToSite(CurrentPrincipal.get().requireTenant(), id, siteId);
	}

	/** What [start, end) with this many kWh costs, per period. */
	@PostMapping("/{id}/cost")
	CostView cost(@PathVariable UUID id, @RequestBody CostQuery query) {
		TariffSplit split = this.tariffs.cost(CurrentPrincipal.get().requireTenant(), id, query.start(), query.end(),
				query.kWh(), query.timeZone());
		return new CostView(split.parts()
			.stream()
			.map((p) -> new PartView(p.period(), p.time().toSeconds() / 3600.0, p.kWh(), p.price(), p.cost()))
			.toList(), split.totalKWh(), split.totalCost());
	}

	record CostQuery(@Nullable String start, @Nullable String end, @Nullable BigDecimal kWh,
			@Nullable String timeZone) {
	}

	record CostView(List<PartView> parts, BigDecimal totalKWh, BigDecimal totalCost) {
	}

	record PartView(TouPeriod period, double hours, BigDecimal kWh, BigDecimal price, BigDecimal cost) {
	}

	record TariffView(UUID id, String code, String name, LocalDate validFrom, @Nullable String source,
			Map<TouPeriod, BigDecimal> prices, List<SeasonView> seasons, OffsetDateTime createdAt) {

		static TariffView of(StoredTariff t) {
			return new TariffView(t.id(), t.code(), t.name(), t.validFrom(), t.source(), new TreeMap<>(t.prices()),
					t.seasons()
						.stream()
						.map((s) -> new SeasonView(s.name(), s.months().stream().map(Month::getValue).sorted().toList(),
								s.bands()
									.stream()
									.map((b) -> new BandView(b.period(), clock(b.from(), false), clock(b.to(), true)))
									.toList()))
						.toList(),
					t.createdAt().atOffset(ZoneOffset.UTC));
		}

		private static String clock(LocalTime time, boolean end) {
			return (end && time.equals(LocalTime.MIDNIGHT)) ? "24:00"
					: String.format("%02d:%02d", time.getHour(), time.getMinute());
		}

	}

	record SeasonView(String name, List<Integer> months, List<BandView> bands) {
	}

	record BandView(TouPeriod period, String from, String to) {
	}

}
