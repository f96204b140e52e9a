package io.kaiwu.masterdata.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.unit.Dimension;
import io.kaiwu.masterdata.unit.ManagingUnits;
import io.kaiwu.masterdata.unit.Unit;
import io.kaiwu.masterdata.unit.UnitConversion;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Units of measure (计量单位) and the conversions between them. */
@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize("hasRole('VIEWER')")
class UnitApiController {

	private final ManagingUnits units;

	UnitApiController(ManagingUnits units) {
		this.units = units;
	}

	record UnitForm(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
			@NotNull Dimension dimension) {
	}

	record UnitChange(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name) {
	}

	record UnitView(UUID id, String code, String name, Dimension dimension, OffsetDateTime createdAt) {

		static UnitView of(Unit u) {
			return new UnitView(u.id(), u.code(), u.name(), u.dimension(), u.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record ConversionForm(@NotNull UUID fromUnitId, @NotNull UUID toUnitId, @NotNull @Positive BigDecimal factor) {
	}

	record ConversionView(UUID id, UUID fromUnitId, UUID toUnitId, BigDecimal factor, OffsetDateTime createdAt) {

		static ConversionView of(UnitConversion c) {
			return new ConversionView(c.id(), c.fromUnit(), c.toUnit(), c.factor(),
					c.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	record ConvertedView(BigDecimal quantity, String from, String to, BigDecimal factor, BigDecimal result) {
	}

	@GetMapping
	Page<UnitView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return page(this.units.list(CurrentPrincipal.get()).stream().map(UnitView::of).toList(),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	UnitView get(@PathVariable UUID id) {
		return UnitView.of(this.units.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	UnitView create(@Valid @RequestBody UnitForm form) {
		return UnitView
			.of(this.units.create(CurrentPrincipal.get(), form.code().trim(), form.name().trim(), form.dimension()));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	UnitView update(@PathVariable UUID id, @Valid @RequestBody UnitChange form) {
		return UnitView.of(this.units.update(CurrentPrincipal.get(), id, form.code().trim(), form.name().trim()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.units.delete(CurrentPrincipal.get(), id);
	}

	@GetMapping("/conversions")
	Page<ConversionView> conversions(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return page(this.units.conversions(CurrentPrincipal.get()).stream().map(ConversionView::of).toList(),
				PageQuery.of(page, size));
	}

	@GetMapping("/conversions/{id}")
	ConversionView conversion(@PathVariable UUID id) {
		return ConversionView.of(this.units.conversion(CurrentPrincipal.get(), id));
	}

	/** Adds {@code 1 fromUnit = factor × toUnit}. */
	@PostMapping("/conversions")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	ConversionView addConversion(@Valid @RequestBody ConversionForm form) {
		return ConversionView
			.of(this.units.addConversion(CurrentPrincipal.get(), form.fromUnitId(), form.toUnitId(), form.factor()));
	}

	@DeleteMapping("/conversions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void deleteConversion(@PathVariable UUID id) {
		this.units.deleteConversion(CurrentPrincipal.get(), id);
	}

	/** Converts a quantity between two units given by code, for example 2.5 kg to g. */
	@GetMapping("/convert")
	ConvertedView convert(@RequestParam BigDecimal quantity, @RequestParam String from, @RequestParam String to) {
		ManagingUnits.Converted converted = this.units.convert(CurrentPrincipal.get(), quantity, from.trim(),
				to.trim());
		return new ConvertedView(converted.quantity(), converted.from().code(), converted.to().code(),
				converted.factor(), converted.result());
	}

	private static <T> Page<T> page(List<T> all, PageQuery query) {
		return Page.of(all.stream().skip(query.offset()).limit(query.size()).toList(), all.size(), query);
	}

}
