package io.kaiwu.production.configurator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.configurator.ConfigurableProduct;
import io.kaiwu.production.configurator.ConfiguredOrder;
import io.kaiwu.production.configurator.ConfiguredOrderDraft;
import io.kaiwu.production.configurator.Configuring;
import io.kaiwu.production.configurator.ManagingConfigurableProducts;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The configurator page: choose a product, pick options (those the selection rules out
 * are disabled with the reason beside them, redrawn by htmx on every change), see the
 * variant code, BOM and routing, and order a quantity by a due date for a customer.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ConfiguratorPagesController {

	private final ManagingConfigurableProducts products;

	private final Configuring configuring;

	private final ProblemDetails problems;

	ConfiguratorPagesController(ManagingConfigurableProducts products, Configuring configuring,
			ProblemDetails problems) {
		this.products = products;
		this.configuring = configuring;
		this.problems = problems;
	}

	@GetMapping("/production/configurator")
	String page(@RequestParam(required = false) @Nullable UUID product,
			@RequestParam MultiValueMap<String, String> params, Model model) {
		List<String> options = selection(params);
		List<ConfigurableProduct> all = this.products.all(tenant());
		model.addAttribute("products", all);
		ConfigurableProduct chosen = null;
		if (product != null) {
			chosen = this.products.get(tenant(), product);
		}
		else if (!all.isEmpty()) {
			chosen = all.get(0);
		}
		model.addAttribute("product", chosen);
		if (chosen != null) {
			model.addAttribute("evaluation", this.configuring.evaluate(tenant(), chosen.id(), options));
			model.addAttribute("configurations", this.configuring.recent(tenant(), chosen.id()));
		}
		model.addAttribute("canOrder", CurrentPrincipal.get().has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "production/configurator";
	}

	/**
	 * The options, variant and previews for a selection: htmx's answer to every change.
	 */
	@GetMapping("/production/configurator/{id}/panel")
	String panel(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
		List<String> options = selection(params);
		model.addAttribute("product", this.products.get(tenant(), id));
		model.addAttribute("evaluation", this.configuring.evaluate(tenant(), id, options));
		return "production/configurator :: panel";
	}

	@PostMapping("/production/configurator/{id}/order")
	@PreAuthorize("hasRole('ENGINEER')")
	String order(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable String quantity,
			@RequestParam(required = false) @Nullable String dueDate,
			@RequestParam(required = false) @Nullable String customerCode,
			@RequestParam(required = false) @Nullable String customerReference, RedirectAttributes redirect) {
		List<String> picked = selection(params);
		try {
			ConfiguredOrder created = this.configuring.configure(tenant(), id, new ConfiguredOrderDraft(picked,
					number(quantity), dueDate, null, customerCode, customerReference, null));
			redirect.addFlashAttribute("created", created);
		}
		catch (KaiwuProblem problem) {
			redirect.addFlashAttribute("errors", this.problems.lines(problem));
			redirect.addFlashAttribute("quantity", quantity);
			redirect.addFlashAttribute("dueDate", dueDate);
			redirect.addFlashAttribute("customerCode", customerCode);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/production/configurator")
			.queryParam("product", id)
			.queryParam("options", picked.toArray())
			.build()
			.toUriString();
	}

	/**
	 * The option codes picked: the checkboxes come as {@code options}, each single-choice
	 * group's radios as {@code options.<group>}.
	 */
	private static List<String> selection(MultiValueMap<String, String> params) {
		List<String> picked = new ArrayList<>();
		params.forEach((name, values) -> {
			if (name.equals("options") || name.startsWith("options.")) {
				picked.addAll(values);
			}
		});
		return picked;
	}

	private static @Nullable BigDecimal number(@Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? new BigDecimal(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
