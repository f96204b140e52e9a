package io.kaiwu.quality.supplier.web;

import java.time.LocalDate;

import io.kaiwu.quality.SupplierQuality;
import io.kaiwu.quality.nonconformance.NonconformanceSettings;
import io.kaiwu.quality.supplier.SupplierScores;
import io.kaiwu.quality.supplier.scoring.SupplierScoreFormula;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ranking of suppliers by quality score over a period (the last 90 days unless
 * chosen), each with the parts of its score, and the formula's weights.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SupplierPagesController {

	private final SupplierScores scores;

	private final NonconformanceSettings settings;

	SupplierPagesController(SupplierScores scores, NonconformanceSettings settings) {
		this.scores = scores;
		this.settings = settings;
	}

	@GetMapping("/quality/suppliers")
	String ranking(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.settings.zone());
		LocalDate first = (from != null && from.isBefore(last.plusDays(1))) ? from : last.minusDays(89);
		SupplierQuality.Period period = new SupplierQuality.Period(first.atStartOfDay(this.settings.zone()).toInstant(),
				last.plusDays(1).atStartOfDay(this.settings.zone()).toInstant());
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("ranking", this.scores.ranking(CurrentPrincipal.get().requireTenant(), period));
		model.addAttribute("weights",
				new int[] { SupplierScoreFormula.LOT_ACCEPTANCE_WEIGHT, SupplierScoreFormula.PPM_WEIGHT,
						SupplierScoreFormula.NCR_WEIGHT, SupplierScoreFormula.EIGHT_D_WEIGHT });
		return "quality/suppliers";
	}

}
