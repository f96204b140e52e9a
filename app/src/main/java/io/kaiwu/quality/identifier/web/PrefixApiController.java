package io.kaiwu.quality.identifier.web;

import io.kaiwu.quality.identifier.ProductIdentifiers;
import io.kaiwu.quality.identifier.ProductIdentifiers.Prefix;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's enterprise prefix (企业前缀) for product identifiers: everyone reads it; the
 * tenant admin enters the one the secondary node assigned.
 */
@RestController
@RequestMapping("/api/v1/quality/identifiers/prefix")
@PreAuthorize("hasRole('VIEWER')")
class PrefixApiController {

	private final ProductIdentifiers identifiers;

	PrefixApiController(ProductIdentifiers identifiers) {
		this.identifiers = identifiers;
	}

	record PrefixForm(@Nullable String prefix) {
	}

	@GetMapping
	Prefix get() {
		return this.identifiers.prefix(CurrentPrincipal.get().requireTenant());
	}

	@PutMapping
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	Prefix put(@RequestBody PrefixForm form) {
		return this.identifiers.register(CurrentPrincipal.get().requireTenant(), form.prefix());
	}

}
