package io.kaiwu.quality.defect.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.defect.DefectCodes;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
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
 * The defect code tree as a page: every code indented under its category, a form for a
 * new code or category, and deleting one that has no children and no records. A refused
 * form shows the same reasons the REST API gives (a taken code, a cycle).
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class DefectCodePagesController {

	private final DefectCodes codes;

	private final ProblemDetails problems;

	DefectCodePagesController(DefectCodes codes, ProblemDetails problems) {
		this.codes = codes;
		this.problems = problems;
	}

	@GetMapping("/quality/defect-codes")
	String tree(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("codes", this.codes.tree(me.requireTenant()));
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "quality/defect-codes";
	}

	@PostMapping("/quality/defect-codes")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String nameZh,
			@RequestParam(required = false) @Nullable String nameEn,
			@RequestParam(required = false) @Nullable UUID parentId, RedirectAttributes redirect) {
		try {
			this.codes.create(CurrentPrincipal.get().requireTenant(),
					new DefectCodes.Draft(code, nameZh, nameEn, parentId));
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/quality/defect-codes";
	}

	@PostMapping("/quality/defect-codes/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.codes.delete(CurrentPrincipal.get().requireTenant(), id);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
		}
		return "redirect:/quality/defect-codes";
	}

}
