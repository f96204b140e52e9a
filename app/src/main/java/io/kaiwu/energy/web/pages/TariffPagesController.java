package io.kaiwu.energy.web.pages;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.energy.pricing.ManagingTariffs;
import io.kaiwu.energy.pricing.StoredTariff;
import io.kaiwu.energy.tariff.Season;
import io.kaiwu.energy.tariff.TimeBand;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant's time-of-use tariffs with their prices and each season's periods on a
 * 24-hour band, the tariff each site buys under, and the form that assigns one to a site.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class TariffPagesController {

	private static final int MINUTES_PER_DAY = 24 * 60;

	private final ManagingTariffs tariffs;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	TariffPagesController(ManagingTariffs tariffs, EnterpriseStructure structure, ProblemDetails problems) {
		this.tariffs = tariffs;
		this.structure = structure;
		this.problems = problems;
	}

	@GetMapping("/energy/tariffs")
	String list(Model model) {
		return page(model, List.of());
	}

	@PostMapping("/energy/tariffs/assign")
	@PreAuthorize("hasRole('ENGINEER')")
	String assign(@RequestParam(required = false) @Nullable UUID tariffId,
			@RequestParam(required = false) @Nullable UUID siteId, Model model) {
		if (tariffId == null || siteId == null) {
			return page(model, List.of(this.problems.message("energy.tariffs.choose")));
		}
		try {
			this.tariffs.assignToSite(CurrentPrincipal.get().requireTenant(), tariffId, siteId);
			return "redirect:/energy/tariffs?assigned";
		}
		catch (KaiwuProblem problem) {
			return page(model, this.problems.lines(problem));
		}
	}

	private String page(Model model, List<String> errors) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		List<SiteTariff> sites = new ArrayList<>();
		for (StructureNode site : this.structure.sites(tenant)) {
			Optional<StoredTariff> tariff = this.tariffs.ofSite(tenant, site.id());
			sites.add(new SiteTariff(site, tariff.map(StoredTariff::code).orElse(null)));
		}
		model.addAttribute("tariffs", this.tariffs.list(tenant).stream().map(TariffPagesController::view).toList());
		model.addAttribute("sites", sites);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		model.addAttribute("errors", errors);
		return "energy/tariffs";
	}

	private static TariffView view(StoredTariff tariff) {
		List<SeasonView> seasons = new ArrayList<>();
		for (Season season : tariff.seasons()) {
			List<Segment> segments = new ArrayList<>();
			for (TimeBand band : season.bands()) {
				int from = minute(band.from());
				int to = minute(band.to());
				String label = band.from() + "–" + (band.to().equals(LocalTime.MIDNIGHT) ? "24:00" : band.to());
				if (to == 0 || to == from) {
					to = (to == from && from != 0) ? from + MINUTES_PER_DAY : MINUTES_PER_DAY;
				}
				if (to > from && to <= MINUTES_PER_DAY) {
					segments.add(segment(band.period(), from, to, label));
				}
				else {
					// crosses midnight: to the end of the day, and from its start
					segments.add(segment(band.period(), from, MINUTES_PER_DAY, label));
					segments.add(segment(band.period(), 0, to % MINUTES_PER_DAY, label));
				}
			}
			String months = season.months()
				.stream()
				.sorted()
				.map((m) -> Integer.toString(m.getValue()))
				.collect(Collectors.joining(", "));
			seasons.add(new SeasonView(season.name(), months, segments));
		}
		List<Map.Entry<TouPeriod, BigDecimal>> prices = tariff.prices()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList();
		return new TariffView(tariff, prices, seasons);
	}

	private static Segment segment(TouPeriod period, int from, int to, String label) {
		return new Segment(period, 100.0 * from / MINUTES_PER_DAY, 100.0 * (to - from) / MINUTES_PER_DAY, label);
	}

	private static int minute(LocalTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

	/**
	 * @param site a site
	 * @param tariff the code of the tariff it buys under, if one is set
	 */
	public record SiteTariff(StructureNode site, @Nullable String tariff) {
	}

	/**
	 * @param tariff the tariff
	 * @param prices price per kWh of each period, 尖 first
	 * @param seasons each season's band
	 */
	public record TariffView(StoredTariff tariff, List<Map.Entry<TouPeriod, BigDecimal>> prices,
			List<SeasonView> seasons) {
	}

	/**
	 * @param name the season
	 * @param months its months, "7, 8, 9"
	 * @param segments its hours as parts of a 24-hour band
	 */
	public record SeasonView(String name, String months, List<Segment> segments) {
	}

	/**
	 * @param period the period
	 * @param left where it starts, percent of the day
	 * @param width how long it lasts, percent of the day
	 * @param label its hours, "11:00–12:00"
	 */
	public record Segment(TouPeriod period, double left, double width, String label) {

		public String style() {
			return String.format(java.util.Locale.ROOT, "left: %.3f%%; width: %.3f%%", this.left, this.width);
		}

	}

}
