package io.kaiwu.quality.trace.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Consumed;
import io.kaiwu.quality.Genealogy.Step;
import io.kaiwu.quality.trace.Delivery;
import io.kaiwu.quality.trace.DeliveringUnits;
import io.kaiwu.quality.trace.DeliveryDraft;
import io.kaiwu.quality.trace.ProductionStep;
import io.kaiwu.quality.trace.RecordingSteps;
import io.kaiwu.quality.trace.Trace;
import io.kaiwu.quality.trace.Tracing;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Genealogy (谱系) of the signed-in tenant: production steps (what was consumed to make
 * what, on which machine, by whom, when), deliveries to customers, and the trace from any
 * lot or serial. Operators record; everyone in the tenant reads.
 */
@RestController
@RequestMapping("/api/v1/quality/genealogy")
@PreAuthorize("hasRole('VIEWER')")
class GenealogyApiController {

	private final RecordingSteps steps;

	private final DeliveringUnits deliveries;

	private final Tracing tracing;

	GenealogyApiController(RecordingSteps steps, DeliveringUnits deliveries, Tracing tracing) {
		this.steps = steps;
		this.deliveries = deliveries;
		this.tracing = tracing;
	}

	/**
	 * A production step as a client sends it; times ISO-8601.
	 *
	 * @param operation the operation (工序)
	 * @param equipmentId the machine
	 * @param operator who ran it
	 * @param workOrder production's reference
	 * @param startedAt start
	 * @param endedAt end
	 * @param consumed lots and serials consumed, each with its quantity
	 * @param produced ids of the lots and serials made
	 */
	record StepForm(@Nullable String operation, @Nullable UUID equipmentId, @Nullable String operator,
			@Nullable String workOrder, @Nullable String startedAt, @Nullable String endedAt,
			@Nullable List<ConsumedForm> consumed, @Nullable List<UUID> produced) {
	}

	record ConsumedForm(@Nullable UUID unitId, @Nullable BigDecimal quantity) {
	}

	@PostMapping("/steps")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> record(@RequestBody StepForm form) {
		return json(this.steps.record(tenant(), step(form)));
	}

	@GetMapping("/steps/{id}")
	Map<String, Object> step(@PathVariable UUID id) {
		return json(this.steps.get(tenant(), id));
	}

	@PostMapping("/deliveries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> deliver(@RequestBody DeliveryDraft draft) {
		return json(this.deliveries.deliver(tenant(), draft));
	}

	@GetMapping("/deliveries/{id}")
	Map<String, Object> delivery(@PathVariable UUID id) {
		return json(this.deliveries.get(tenant(), id));
	}

	@GetMapping("/trace/{unitId}")
	Trace trace(@PathVariable UUID unitId) {
		return this.tracing.trace(tenant(), unitId);
	}

	/** The form's fields checked for shape; the service checks the rest. */
	static Step step(StepForm form) {
		List<FieldError> errors = new ArrayList<>();
		Instant started = instant(form.startedAt(), "startedAt", errors);
		Instant ended = instant(form.endedAt(), "endedAt", errors);
		List<Consumed> consumed = new ArrayList<>();
		List<ConsumedForm> asked = (form.consumed() != null) ? form.consumed() : List.of();
		for (int i = 0; i < asked.size(); i++) {
			ConsumedForm c = asked.get(i);
			if (c == null || c.unitId() == null) {
				errors.add(new FieldError("consumed[" + i + "].unitId", "quality.trace.problem.unit-missing"));
			}
			else if (c.quantity() == null) {
				errors.add(new FieldError("consumed[" + i + "].quantity", "quality.trace.problem.quantity-positive"));
			}
			else {
				consumed.add(new Consumed(c.unitId(), c.quantity()));
			}
		}
		List<UUID> produced = (form.produced() != null) ? form.produced().stream().filter((p) -> p != null).toList()
				: List.of();
		if (!errors.isEmpty() || started == null || ended == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Step((form.operation() != null) ? form.operation() : "", form.equipmentId(), form.operator(),
				form.workOrder(), started, ended, consumed, produced);
	}

	private static @Nullable Instant instant(@Nullable String value, String field, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "quality.trace.problem.instant", ""));
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "quality.trace.problem.instant", value));
			return null;
		}
	}

	static Map<String, Object> json(ProductionStep s) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", s.id());
		json.put("operation", s.operation());
		json.put("equipmentId", s.equipmentId());
		json.put("operator", s.operator());
		json.put("workOrder", s.workOrder());
		json.put("startedAt", s.startedAt().toString());
		json.put("endedAt", s.endedAt().toString());
		json.put("consumed", s.consumed());
		json.put("produced", s.produced());
		json.put("recordedBy", s.recordedBy());
		json.put("recordedAt", s.recordedAt().toString());
		return json;
	}

	static Map<String, Object> json(Delivery d) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", d.id());
		json.put("deliveryNumber", d.number());
		json.put("customerId", d.customerId());
		json.put("deliveredOn", d.deliveredOn().toString());
		json.put("lines", d.lines());
		json.put("recordedBy", d.recordedBy());
		json.put("recordedAt", d.recordedAt().toString());
		return json;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

}
