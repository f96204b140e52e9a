package io.kaiwu.production.configurator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.configurator.ConfigurableProduct;
import io.kaiwu.production.configurator.ManagingConfigurableProducts;
import io.kaiwu.production.configurator.ProductDraft;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The definition page: an engineer creates or edits a configurable product (base item and
 * plant, groups, options with their effects, rules) in a plain form. "More rows" redraws
 * the form with a blank row at the end of every list; saving hands the whole definition
 * to {@link ManagingConfigurableProducts}, and its refusals stand next to the inputs they
 * name.
 */
@Controller
@PreAuthorize("hasRole('ENGINEER')")
class DefinitionPagesController {

	private final ManagingConfigurableProducts products;

	private final ItemCatalog items;

	private final EnterpriseStructure structure;

	private final WorkCentres centres;

	private final ProblemDetails problems;

	DefinitionPagesController(ManagingConfigurableProducts products, ItemCatalog items, EnterpriseStructure structure,
			WorkCentres centres, ProblemDetails problems) {
		this.products = products;
		this.items = items;
		this.structure = structure;
		this.centres = centres;
		this.problems = problems;
	}

	@GetMapping("/production/configurator/definitions/new")
	String blank(Model model) {
		return page(null, DefinitionForm.empty(), List.of(), model);
	}

	@GetMapping("/production/configurator/definitions/{id}")
	String edit(@PathVariable UUID id, Model model) {
		TenantId tenant = tenant();
		ConfigurableProduct product = this.products.get(tenant, id);
		DefinitionForm form = DefinitionForm.of(product,
				(item) -> this.items.item(tenant, item).map(ItemCatalog.ItemSummary::code).orElse(item.toString()));
		return page(id, form, List.of(), model);
	}

	@PostMapping("/production/configurator/definitions")
	String create(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
		return save(null, params, more != null, model, redirect);
	}

	@PostMapping("/production/configurator/definitions/{id}")
	String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable String more, Model model, RedirectAttributes redirect) {
		return save(id, params, more != null, model, redirect);
	}

	private String save(@Nullable UUID id, MultiValueMap<String, String> params, boolean more, Model model,
			RedirectAttributes redirect) {
		TenantId tenant = tenant();
		DefinitionForm form = DefinitionForm.of(params);
		if (more) {
			return page(id, form, List.of(), model);
		}
		List<FieldError> unread = new ArrayList<>();
		ProductDraft draft = form.draft(tenant, this.items, unread);
		if (!unread.isEmpty()) {
			// an item code not found, or a number that is not one: fix those first
			return page(id, form, unread, model);
		}
		try {
			ConfigurableProduct saved = (id == null) ? this.products.create(tenant, draft)
					: this.products.update(tenant, id, draft);
			redirect.addFlashAttribute("defined", saved.baseItemCode() + " " + saved.name());
			return "redirect:/production/configurator?product=" + saved.id();
		}
		catch (KaiwuProblem.InvalidInput invalid) {
			return page(id, form, invalid.errors(), model);
		}
		catch (KaiwuProblem problem) {
			model.addAttribute("problem", this.problems.lines(problem));
			return page(id, form, List.of(), model);
		}
	}

	private String page(@Nullable UUID id, DefinitionForm form, List<FieldError> errors, Model model) {
		TenantId tenant = tenant();
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError e : errors) {
			byField.merge(e.field(), this.problems.message(e.messageKey(), e.args()), (a, b) -> a + " " + b);
		}
		model.addAttribute("productId", id);
		model.addAttribute("form", form.withBlankRows());
		model.addAttribute("fieldErrors", byField);
		model.addAttribute("errors",
				errors.stream().map((e) -> e.field() + ": " + byField.get(e.field())).distinct().toList());
		if (!model.containsAttribute("problem")) {
			model.addAttribute("problem", List.of());
		}
		model.addAttribute("plants", this.structure.sites(tenant));
		List<WorkCentres.WorkCentre> centres = this.centres.workCentres(tenant);
		model.addAttribute("workCentres", centres);
		model.addAttribute("resources",
				centres.stream().flatMap((c) -> this.centres.resources(tenant, c.id()).stream()).toList());
		return "production/configurator-definition";
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
