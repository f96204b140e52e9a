package io.kaiwu.transform.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.transform.assessment.ModelCatalog;
import io.kaiwu.transform.scoring.ModelRejected;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The maturity models as pages: the list with each model's source, version and unverified
 * parts, an import form for the tenant's admin, and one model's structure.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ModelsPageController {

	private final ModelCatalog catalog;

	private final ProblemDetails problems;

	private final RejectedAnswers rejected;

	ModelsPageController(ModelCatalog catalog, ProblemDetails problems, RejectedAnswers rejected) {
		this.catalog = catalog;
		this.problems = problems;
		this.rejected = rejected;
	}

	@GetMapping("/transform/assessment/models")
	String list(Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("models", this.catalog.list(me.requireTenant()));
		model.addAttribute("canImport", me.has(Role.TENANT_ADMIN));
		model.addAttribute("errors", List.of());
		return "transform/assessment/models";
	}

	@PostMapping("/transform/assessment/models")
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	String importFile(@RequestParam("file") MultipartFile file, Model model) {
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "model.yaml";
		try {
			this.catalog.importModel(CurrentPrincipal.get().requireTenant(), name,
					new String(file.getBytes(), StandardCharsets.UTF_8));
			return "redirect:/transform/assessment/models";
		}
		catch (ModelRejected ex) {
			list(model);
			model.addAttribute("errors", this.rejected.texts(ex.problems()));
			return "transform/assessment/models";
		}
		catch (KaiwuProblem ex) {
			list(model);
			model.addAttribute("errors", List.of(this.problems.message(ex.messageKey(), ex.args())));
			return "transform/assessment/models";
		}
		catch (IOException ex) {
			list(model);
			model.addAttribute("errors", List.of(this.problems.message("assessment.model.unreadable", name)));
			return "transform/assessment/models";
		}
	}

	@GetMapping("/transform/assessment/models/{code}/{version}")
	String detail(@PathVariable String code, @PathVariable String version, Model model) {
		model.addAttribute("entry", this.catalog.get(CurrentPrincipal.get().requireTenant(), code, version));
		return "transform/assessment/model";
	}

}
