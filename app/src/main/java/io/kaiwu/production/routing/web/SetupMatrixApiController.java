package io.kaiwu.production.routing.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.production.routing.SetupMatrix;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The setup matrix (换型矩阵) of a work centre, family to family, in minutes. */
@RestController
@RequestMapping("/api/v1/production/setup-matrix")
@PreAuthorize("hasRole('VIEWER')")
class SetupMatrixApiController {

	private final SetupMatrix matrix;

	SetupMatrixApiController(SetupMatrix matrix) {
		this.matrix = matrix;
	}

	/**
	 * What a client sends to replace a matrix.
	 *
	 * @param entries every cell with a time; a cell left out has none
	 */
	record MatrixForm(@Nullable List<SetupMatrix.Entry> entries) {
	}

	@GetMapping("/{workCentreId}")
	SetupMatrix.Matrix get(@PathVariable UUID workCentreId) {
		return this.matrix.matrix(tenant(), workCentreId);
	}

	@PutMapping("/{workCentreId}")
	@PreAuthorize("hasRole('ENGINEER')")
	SetupMatrix.Matrix save(@PathVariable UUID workCentreId, @RequestBody MatrixForm form) {
		return this.matrix.save(tenant(), workCentreId, (form.entries() != null) ? form.entries() : List.of());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
