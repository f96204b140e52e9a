package io.kaiwu.quality.inspection.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.record.InspectionRecords;
import io.kaiwu.quality.inspection.record.RecordDraft;
import io.kaiwu.quality.inspection.record.RecordStatus;
import io.kaiwu.quality.inspection.record.SubgroupDraft;
import io.kaiwu.quality.inspection.record.VerdictDraft;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspection records (检验记录) of the signed-in tenant: operators and inspectors open them,
 * add subgroups and give the lot verdict; everyone in the tenant reads them. Also a
 * characteristic's subgroups, by hand and from telemetry.
 */
@RestController
@RequestMapping("/api/v1/quality")
@PreAuthorize("hasRole('VIEWER')")
class InspectionRecordApiController {

	private final InspectionRecords records;

	InspectionRecordApiController(InspectionRecords records) {
		this.records = records;
	}

	@GetMapping("/inspection-records")
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable UUID planId,
			@RequestParam(required = false) @Nullable UUID itemId,
			@RequestParam(required = false) @Nullable String lotNumber,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.records
			.list(tenant(), planId, itemId, FieldChecks.blank(lotNumber) ? null : lotNumber.strip(), status(status),
					PageQuery.of(page, size))
			.map(RecordJson::of);
	}

	@GetMapping("/inspection-records/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return RecordJson.of(this.records.get(tenant(), id));
	}

	@PostMapping("/inspection-records")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> open(@RequestBody RecordDraft draft) {
		return RecordJson.of(this.records.open(tenant(), draft));
	}

	@PostMapping("/inspection-records/{id}/subgroups")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> addSubgroup(@PathVariable UUID id, @RequestBody SubgroupDraft draft) {
		return RecordJson.of(this.records.addSubgroup(tenant(), id, draft));
	}

	@PostMapping("/inspection-records/{id}/verdict")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> verdict(@PathVariable UUID id, @RequestBody VerdictDraft draft) {
		return RecordJson.of(this.records.complete(tenant(), id, draft));
	}

	/**
	 * A characteristic's subgroups, newest first; by default those of the last 30 days.
	 */
	@GetMapping("/characteristics/{id}/subgroups")
	Page<Map<String, Object>> subgroups(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		Instant until = instant(to, "to", errors);
		Instant end = (until != null) ? until : Instant.now().plusSeconds(1);
		Instant since = instant(from, "from", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Instant start = (since != null) ? since : end.minus(java.time.Duration.ofDays(30));
		return this.records.subgroupsOf(tenant(), id, start, end, PageQuery.of(page, size)).map(RecordJson::of);
	}

	private static @Nullable Instant instant(@Nullable String value, String field,
			List<KaiwuProblem.FieldError> errors) {
		if (FieldChecks.blank(value)) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new KaiwuProblem.FieldError(field, "quality.inspection.problem.instant", value));
			return null;
		}
	}

	private static @Nullable RecordStatus status(@Nullable String status) {
		if (FieldChecks.blank(status)) {
			return null;
		}
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		RecordStatus parsed = FieldChecks.choice(RecordStatus.class, status, "status", errors);
		if (parsed == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return parsed;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
