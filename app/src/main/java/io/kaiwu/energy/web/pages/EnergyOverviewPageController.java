package io.kaiwu.energy.web.pages;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.consumption.ConsumptionReport;
import io.kaiwu.energy.consumption.Granularity;
import io.kaiwu.energy.consumption.ReadingConsumption;
import io.kaiwu.energy.demand.kernel.DemandWindow;
import io.kaiwu.energy.demand.LoadCurve;
import io.kaiwu.energy.demand.ReadingDemand;
import io.kaiwu.energy.report.TouSplit;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 能耗总览: a node's consumption by hour, day or month per kind of energy (missing hours
 * shown as gaps, never as zero), its electricity split over 尖峰平谷 with the cost, the tce
 * total, and a day's load curve.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class EnergyOverviewPageController {

	private final ReadingConsumption consumption;

	private final ReadingDemand demand;

	private final EnterpriseStructure structure;

	private final ProblemDetails problems;

	private final MessageSource messages;

	private final JsonMapper json;

	EnergyOverviewPageController(ReadingConsumption consumption, ReadingDemand demand, EnterpriseStructure structure,
			ProblemDetails problems, MessageSource messages, JsonMapper json) {
		this.consumption = consumption;
		this.demand = demand;
		this.structure = structure;
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * @param nodeId the node; the first site when left out
	 * @param from the first day; a week before {@code to} when left out
	 * @param to the day after the last (exclusive); tomorrow when left out
	 * @param granularity HOUR, DAY (the default) or MONTH
	 * @param day the day of the load curve; the last day of the period when left out
	 */
	@GetMapping("/energy")
	String overview(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String granularity,
			@RequestParam(required = false) @Nullable String day, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		List<NodeOption> nodes = NodeOption.tree(this.structure.allNodes(tenant));
		model.addAttribute("nodes", nodes);
		model.addAttribute("granularities", Granularity.values());
		List<String> errors = new ArrayList<>();
		model.addAttribute("errors", errors);
		if (nodes.isEmpty()) {
			model.addAttribute("report", null);
			return "energy/overview";
		}
		UUID node = (nodeId != null) ? nodeId : nodes.get(0).id();
		ZoneId zone = this.consumption.timeZoneOf(tenant, node);
		String end = blank(to) ? LocalDate.now(zone).plusDays(1).toString() : to.strip();
		String start = blank(from) ? LocalDate.now(zone).minusDays(6).toString() : from.strip();
		String by = blank(granularity) ? Granularity.DAY.name() : granularity.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("nodeId", node);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("granularity", by);
		ConsumptionReport report = null;
		try {
			report = this.consumption.report(tenant, null, node, start, end, by);
		}
		catch (KaiwuProblem problem) {
			errors.addAll(this.problems.lines(problem));
		}
		model.addAttribute("report", report);
		if (report != null) {
			Granularity g = report.granularity();
			List<SeriesView> series = report.series().stream().map((s) -> view(s, g)).toList();
			model.addAttribute("series", series);
			TouSplit tou = TouSplit.of(report);
			model.addAttribute("tou", tou);
			model.addAttribute("touChart", touChart(tou));
			model.addAttribute("tce",
					series.stream()
						.map(SeriesView::tce)
						.filter((t) -> t != null)
						.reduce(BigDecimal.ZERO, BigDecimal::add));
			model.addAttribute("complete", series.stream().allMatch((s) -> s.missingHours() == 0));
		}
		String curveDay = blank(day) ? lastDay(end, zone) : day.strip();
		model.addAttribute("day", curveDay);
		try {
			LoadCurve curve = this.demand.loadCurve(tenant, null, node, curveDay);
			model.addAttribute("curve", curve);
			model.addAttribute("curveChart", curveChart(curve));
			model.addAttribute("peakAt",
					(curve.peak() != null) ? curve.peak()
						.start()
						.atZone(ZoneId.of(curve.timeZone()))
						.format(DateTimeFormatter.ofPattern("HH:mm")) : "");
		}
		catch (KaiwuProblem problem) {
			errors.addAll(this.problems.lines(problem));
			model.addAttribute("curve", null);
		}
		return "energy/overview";
	}

	private SeriesView view(ConsumptionReport.Series s, Granularity by) {
		DateTimeFormatter format = DateTimeFormatter.ofPattern(switch (by) {
			case HOUR -> "MM-dd HH:mm";
			case DAY -> "yyyy-MM-dd";
			case MONTH -> "yyyy-MM";
		});
		List<String> labels = s.buckets().stream().map((b) -> b.start().format(format)).toList();
		List<@Nullable BigDecimal> values = s.buckets().stream().map(ConsumptionReport.Bucket::quantity).toList();
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("name", kind(s.kind().name()) + " (" + s.unit() + ")");
		chart.put("labels", labels);
		chart.put("values", values);
		BigDecimal tce = null;
		BigDecimal quantity = null;
		int missing = 0;
		for (ConsumptionReport.Bucket b : s.buckets()) {
			missing += b.missingHours();
			if (b.quantity() != null) {
				quantity = (quantity == null) ? b.quantity() : quantity.add(b.quantity());
			}
			if (b.tce() != null) {
				tce = (tce == null) ? b.tce() : tce.add(b.tce());
			}
		}
		List<BucketView> rows = new ArrayList<>();
		for (int i = 0; i < s.buckets().size(); i++) {
			rows.add(new BucketView(labels.get(i), s.buckets().get(i)));
		}
		return new SeriesView(s, this.json.writeValueAsString(chart), rows, quantity, tce, missing);
	}

	private String touChart(TouSplit tou) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", tou.periods().stream().map((r) -> period(r.period().name())).toList());
		chart.put("periods", tou.periods().stream().map((r) -> r.period().name()).toList());
		chart.put("kWh", tou.periods().stream().map(TouSplit.Row::kWh).toList());
		chart.put("cost", tou.periods().stream().map(TouSplit.Row::cost).toList());
		return this.json.writeValueAsString(chart);
	}

	private String curveChart(LoadCurve curve) {
		ZoneId zone = ZoneId.of(curve.timeZone());
		DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", curve.windows().stream().map((w) -> w.start().atZone(zone).format(hhmm)).toList());
		chart.put("values", curve.windows().stream().map(DemandWindow::kW).toList());
		return this.json.writeValueAsString(chart);
	}

	private String kind(String kind) {
		return this.messages.getMessage("energy.meters.kind." + kind, null, kind, LocaleContextHolder.getLocale());
	}

	private String period(String period) {
		return this.messages.getMessage("energy.tariffs.period." + period, null, period,
				LocaleContextHolder.getLocale());
	}

	/** The day before {@code to} when it starts with a date, else today at the site. */
	private static String lastDay(String to, ZoneId zone) {
		try {
			return LocalDate.parse(to.substring(0, Math.min(10, to.length()))).minusDays(1).toString();
		}
		catch (DateTimeException ex) {
			return LocalDate.now(zone).toString();
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/**
	 * One kind of energy on the page.
	 *
	 * @param series the series
	 * @param chart its chart data
	 * @param rows its buckets
	 * @param quantity the known buckets' sum
	 * @param tce their tce
	 * @param missingHours the hours not known
	 */
	public record SeriesView(ConsumptionReport.Series series, String chart, List<BucketView> rows,
			@Nullable BigDecimal quantity, @Nullable BigDecimal tce, int missingHours) {
	}

	/**
	 * @param label the bucket's start as shown
	 * @param bucket the bucket
	 */
	public record BucketView(String label, ConsumptionReport.Bucket bucket) {
	}

}
