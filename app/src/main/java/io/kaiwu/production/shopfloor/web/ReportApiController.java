package io.kaiwu.production.shopfloor.web;

import java.util.List;
import java.util.UUID;

import io.kaiwu.production.shopfloor.Report;
import io.kaiwu.production.shopfloor.ReportDraft;
import io.kaiwu.production.shopfloor.ReportingProgress;
import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shop-floor reports (报工) on a work order. Operators post them; everyone in the tenant
 * reads the history. A new report answers 201; the same client report id sent again
 * answers 200 with the first report, unchanged. An impossible step answers 409, bad input
 * 400 naming the field, both saying why.
 */
@RestController
@RequestMapping("/api/v1/production/work-orders/{workOrderId}/reports")
@PreAuthorize("hasRole('VIEWER')")
class ReportApiController {

	private final ReportingProgress reporting;

	ReportApiController(ReportingProgress reporting) {
		this.reporting = reporting;
	}

	@PostMapping
	@PreAuthorize("hasRole('OPERATOR')")
	ResponseEntity<Report> report(@PathVariable UUID workOrderId, @RequestBody ReportDraft draft) {
		ReportingProgress.Outcome outcome = this.reporting.report(CurrentPrincipal.get().requireTenant(), workOrderId,
				draft);
		return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome.report());
	}

	@GetMapping
	List<Report> history(@PathVariable UUID workOrderId) {
		return this.reporting.history(CurrentPrincipal.get().requireTenant(), workOrderId);
	}

}
