package io.kaiwu.energy.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.meter.MeterDraft;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.CurrentPrincipal;
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
 * Meters over REST: list them, read one, create one (engineers). A refused meter answers
 * 400 with every bad field and its reason.
 */
@RestController
@RequestMapping("/api/v1/energy/meters")
@PreAuthorize("hasRole('VIEWER')")
class MeterApiController {

	private final ManagingMeters meters;

	MeterApiController(ManagingMeters meters) {
		this.meters = meters;
	}

	@GetMapping
	List<MeterView> list() {
		return this.meters.list(CurrentPrincipal.get().requireTenant()).stream().map(MeterView::of).toList();
	}

	@GetMapping("/{id}")
	MeterView get(@PathVariable UUID id) {
		return MeterView.of(this.meters.get(CurrentPrincipal.get().requireTenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	MeterView create(@RequestBody MeterDraft draft) {
		return MeterView.of(this.meters.create(CurrentPrincipal.get().requireTenant(), draft));
	}

	record MeterView(UUID id, String code, String name, MeterKind kind, String unit, UUID nodeId,
			@Nullable UUID parentId, boolean virtual, @Nullable UUID deviceId, @Nullable String counterProperty,
			@Nullable Integer readingPeriodMinutes, @Nullable BigDecimal counterMaximum,
			@Nullable BigDecimal resetBelow, List<Meter.Term> terms, OffsetDateTime createdAt) {

		static MeterView of(Meter m) {
			return new MeterView(m.id(), m.code(), m.name(), m.kind(), m.unit().symbol(), m.nodeId(), m.parentId(),
					m.virtual(), m.deviceId(), m.counterProperty(), m.readingPeriodMinutes(), m.counterMaximum(),
					m.resetBelow(), m.terms(), m.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

}
