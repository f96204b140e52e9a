package io.kaiwu.energy.web;

import java.math.BigDecimal;
import java.util.List;

import io.kaiwu.energy.carbon.CoalCoefficient;
import io.kaiwu.energy.carbon.EmissionFactor;
import io.kaiwu.energy.carbon.Scope;
import io.kaiwu.energy.factor.FactorDraft;
import io.kaiwu.energy.factor.ManagingFactors;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.CurrentPrincipal;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Standard-coal coefficients and CO₂ emission factors over REST: the published ones with
 * their source, and the tenant's own (engineers add them; a factor without a unit, or
 * with one that does not fit its meter kind, is refused).
 */
@RestController
@RequestMapping("/api/v1/energy")
@PreAuthorize("hasRole('VIEWER')")
class FactorApiController {

	private final ManagingFactors factors;

	FactorApiController(ManagingFactors factors) {
		this.factors = factors;
	}

	@GetMapping("/coal-coefficients")
	List<CoefficientView> coalCoefficients() {
		return this.factors.coalCoefficients().stream().map(CoefficientView::of).toList();
	}

	@GetMapping("/emission-factors")
	List<FactorView> emissionFactors() {
		return this.factors.emissionFactors(CurrentPrincipal.get().requireTenant())
			.stream()
			.map(FactorView::of)
			.toList();
	}

	@PostMapping("/emission-factors")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	FactorView create(@RequestBody FactorDraft draft) {
		return FactorView.of(this.factors.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	record CoefficientView(String code, String name, BigDecimal kgcePerUnit, String unit, CoalCoefficient.Basis basis,
			@Nullable MeterKind kind, String standard, String label, String source) {

		static CoefficientView of(CoalCoefficient c) {
			return new CoefficientView(c.code(), c.name(), c.kgcePerUnit(), "kgce/" + c.perUnit().symbol(), c.basis(),
					c.kind(), c.standard(), c.label(), c.source());
		}

	}

	record FactorView(String code, String name, BigDecimal value, String unit, MeterKind kind, Scope scope,
			@Nullable Integer dataYear, String factorSet, String label, String source) {

		static FactorView of(EmissionFactor f) {
			return new FactorView(f.code(), f.name(), f.value(), f.unit().text(), f.kind(), f.scope(), f.dataYear(),
					f.factorSet(), f.label(), f.source());
		}

	}

}
