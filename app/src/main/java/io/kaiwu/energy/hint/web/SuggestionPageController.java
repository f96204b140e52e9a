package io.kaiwu.energy.hint.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.hint.Evidence;
import io.kaiwu.energy.hint.SavingHints;
import io.kaiwu.energy.hint.Suggestion;
import io.kaiwu.energy.hint.SuggestionState;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 节能建议: the suggestions ranked by money a month, each with its figures and the chart of
 * the series behind it; engineers work them out again and mark them done or dismissed.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SuggestionPageController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final SavingHints hints;

	private final MessageSource messages;

	private final ProblemDetails problems;

	private final JsonMapper json;

	SuggestionPageController(SavingHints hints, MessageSource messages, ProblemDetails problems, JsonMapper json) {
		this.hints = hints;
		this.messages = messages;
		this.problems = problems;
		this.json = json;
	}

	@GetMapping("/energy/suggestions")
	String suggestions(@RequestParam(required = false) @Nullable String state, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		String shown = (state != null && !state.isBlank()) ? state : null;
		List<Card> cards = new ArrayList<>();
		int rank = 0;
		for (Suggestion s : this.hints.list(tenant, shown, null)) {
			cards.add(card(++rank, s));
		}
		model.addAttribute("cards", cards);
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("state", shown);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		return "energy/suggestions";
	}

	@GetMapping("/energy/suggestions/export.csv")
	void export(@RequestParam(required = false) @Nullable String state, HttpServletResponse response)
			throws IOException {
		String shown = (state != null && !state.isBlank()) ? state : null;
		SuggestionCsv.of(this.hints.list(CurrentPrincipal.get().requireTenant(), shown, null))
			.writeTo(response, "energy-suggestions");
	}

	@PostMapping("/energy/suggestions/recompute")
	@PreAuthorize("hasRole('ENGINEER')")
	String recompute(RedirectAttributes redirect) {
		int found = this.hints.recompute(CurrentPrincipal.get().requireTenant()).size();
		redirect.addFlashAttribute("notice", message("energy.hint.recomputed", found));
		return "redirect:/energy/suggestions";
	}

	@PostMapping("/energy/suggestions/{id}/state")
	@PreAuthorize("hasRole('ENGINEER')")
	String mark(@PathVariable UUID id, @RequestParam(required = false) @Nullable String state,
			RedirectAttributes redirect) {
		try {
			this.hints.mark(CurrentPrincipal.get().requireTenant(), id, state);
		}
		catch (KaiwuProblem.InvalidInput ex) {
			redirect.addFlashAttribute("error", String.join(" ", this.problems.lines(ex)));
		}
		return "redirect:/energy/suggestions";
	}

	private Card card(int rank, Suggestion s) {
		var f = s.finding();
		Map<String, @Nullable BigDecimal> figures = new LinkedHashMap<>();
		f.figures().forEach((key, value) -> figures.put(message("energy.hint.figure." + key), value));
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Evidence.Series series : f.evidence().series()) {
			List<Object[]> points = series.points().stream().map((p) -> new Object[] { p.t(), p.v() }).toList();
			lines.add(Map.of("name", message("energy.hint.series." + series.key()), "points", points));
		}
		Map<String, Object> chart = Map.of("unit", f.evidence().unit(), "series", lines);
		DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
		return new Card(s.id(), rank, f.kind().name(), f.subjectCode(), f.subjectName(), s.state().name(),
				f.moneyPerMonth(), f.kWhPerMonth(), f.tcePerMonth(), figures, this.json.writeValueAsString(chart),
				when.format(f.observedFrom()) + " – " + when.format(f.observedTo()));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** One suggestion as the page shows it. */
	record Card(UUID id, int rank, String kind, String subjectCode, String subjectName, String state,
			@Nullable BigDecimal moneyPerMonth, @Nullable BigDecimal kWhPerMonth, @Nullable BigDecimal tcePerMonth,
			Map<String, @Nullable BigDecimal> figures, String chart, String observed) {
	}

}
