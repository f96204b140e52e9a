package io.kaiwu.production.configurator.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.production.configurator.ConfigurableProduct;
import io.kaiwu.production.configurator.ConfiguredOrder;
import io.kaiwu.production.configurator.ConfiguredOrderDraft;
import io.kaiwu.production.configurator.Configuring;
import io.kaiwu.production.configurator.Evaluation;
import io.kaiwu.production.configurator.ManagingConfigurableProducts;
import io.kaiwu.production.configurator.ProductDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
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
 * The product configurator: engineers define configurable products (groups, options,
 * effects, rules); everyone evaluates a selection; engineers order a configured variant.
 */
@RestController
@RequestMapping("/api/v1/production/configurator")
@PreAuthorize("hasRole('VIEWER')")
class ConfiguratorApiController {

	private final ManagingConfigurableProducts products;

	private final Configuring configuring;

	ConfiguratorApiController(ManagingConfigurableProducts products, Configuring configuring) {
		this.products = products;
		this.configuring = configuring;
	}

	record Selection(@Nullable List<String> options) {
	}

	@GetMapping("/products")
	List<ConfigurableProduct> list() {
		return this.products.all(tenant());
	}

	@PostMapping("/products")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ConfigurableProduct create(@RequestBody ProductDraft draft) {
		return this.products.create(tenant(), draft);
	}

	@GetMapping("/products/{id}")
	ConfigurableProduct get(@PathVariable UUID id) {
		return this.products.get(tenant(), id);
	}

	@PutMapping("/products/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	ConfigurableProduct update(@PathVariable UUID id, @RequestBody ProductDraft draft) {
		return this.products.update(tenant(), id, draft);
	}

	/**
	 * What a selection gives: options still open and why not, variant code, BOM and
	 * routing.
	 */
	@PostMapping("/products/{id}/evaluate")
	Evaluation evaluate(@PathVariable UUID id, @RequestBody(required = false) @Nullable Selection selection) {
		return this.configuring.evaluate(tenant(), id, (selection != null) ? selection.options() : null);
	}

	/** Orders a configured variant: customer order and released production order. */
	@PostMapping("/products/{id}/configurations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ConfiguredOrder configure(@PathVariable UUID id, @RequestBody ConfiguredOrderDraft draft) {
		return this.configuring.configure(tenant(), id, draft);
	}

	@GetMapping("/products/{id}/configurations")
	List<ConfiguredOrder> configurations(@PathVariable UUID id) {
		this.products.get(tenant(), id);
		return this.configuring.recent(tenant(), id);
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
