package io.kaiwu.production.routing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.routing.SetupMatrix;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The setup matrix of a work centre as a grid: a row per family made before, a column per
 * family made next, the changeover minutes in the cells; an empty cell means the step's
 * own setup time applies. A family can be added before any routing names it.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class SetupMatrixPagesController {

	private final SetupMatrix matrix;

	private final WorkCentres centres;

	private final ProblemDetails problems;

	SetupMatrixPagesController(SetupMatrix matrix, WorkCentres centres, ProblemDetails problems) {
		this.matrix = matrix;
		this.centres = centres;
		this.problems = problems;
	}

	@GetMapping("/production/setup-matrix")
	String first(Model model) {
		List<WorkCentres.WorkCentre> all = this.centres.workCentres(tenant());
		if (!all.isEmpty()) {
			return "redirect:/production/setup-matrix/" + all.get(0).id();
		}
		model.addAttribute("centres", all);
		model.addAttribute("matrix", null);
		model.addAttribute("errors", List.of());
		return "production/setup-matrix";
	}

	@GetMapping("/production/setup-matrix/{workCentreId}")
	String grid(@PathVariable UUID workCentreId, @RequestParam(required = false) @Nullable String family, Model model) {
		SetupMatrix.Matrix matrix = this.matrix.matrix(tenant(), workCentreId);
		Set<String> families = new LinkedHashSet<>(matrix.families());
		if (family != null && !family.isBlank()) {
			families.add(family.strip());
		}
		model.addAttribute("centres", this.centres.workCentres(tenant()));
		model.addAttribute("matrix", matrix);
		model.addAttribute("families", new ArrayList<>(families));
		model.addAttribute("canEdit", CurrentPrincipal.get().has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/setup-matrix";
	}

	@PostMapping("/production/setup-matrix/{workCentreId}")
	@PreAuthorize("hasRole('ENGINEER')")
	String save(@PathVariable UUID workCentreId,
			@RequestParam(name = "from", required = false) @Nullable List<String> from,
			@RequestParam(name = "to", required = false) @Nullable List<String> to,
			@RequestParam(name = "minutes", required = false) @Nullable List<String> minutes,
			RedirectAttributes redirect) {
		List<SetupMatrix.Entry> entries = new ArrayList<>();
		int cells = (from != null) ? from.size() : 0;
		try {
			for (int i = 0; i < cells; i++) {
				String text = (minutes != null && i < minutes.size()) ? minutes.get(i).strip() : "";
				if (text.isEmpty()) {
					continue;
				}
				BigDecimal value;
				try {
					value = new BigDecimal(text);
				}
				catch (NumberFormatException ex) {
					throw new KaiwuProblem.InvalidInput("minutes", "production.setup.problem.minutes", from.get(i),
							to.get(i));
				}
				entries.add(new SetupMatrix.Entry(from.get(i), to.get(i), value));
			}
			this.matrix.save(tenant(), workCentreId, entries);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/production/setup-matrix/" + workCentreId;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
