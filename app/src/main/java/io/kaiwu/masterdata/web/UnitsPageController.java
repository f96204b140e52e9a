package io.kaiwu.masterdata.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.unit.Dimension;
import io.kaiwu.masterdata.unit.ManagingUnits;
import io.kaiwu.masterdata.unit.Unit;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Units of measure (计量单位), their conversions, and a quantity converter. */
@Controller
@RequestMapping("/masterdata/units")
class UnitsPageController {

	private final ManagingUnits units;

	private final ProblemDetails problems;

	UnitsPageController(ManagingUnits units, ProblemDetails problems) {
		this.units = units;
		this.problems = problems;
	}

	record UnitForm(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 100) String name,
			@NotNull Dimension dimension) {
	}

	record ConversionForm(@NotNull UUID fromUnitId, @NotNull UUID toUnitId, @NotNull @Positive BigDecimal factor) {
	}

	/**
	 * The units and conversions; with {@code quantity}, {@code from} and {@code to} also
	 * the converted quantity (or why it cannot be converted).
	 */
	@GetMapping
	String list(@RequestParam(required = false) @Nullable BigDecimal quantity,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<Unit> all = this.units.list(me);
		model.addAttribute("units", all);
		model.addAttribute("unitsById", all.stream().collect(Collectors.toMap(Unit::id, Function.identity())));
		model.addAttribute("conversions", this.units.conversions(me));
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		if (quantity != null && from != null && to != null) {
			try {
				model.addAttribute("converted", this.units.convert(me, quantity, from.trim(), to.trim()));
			}
			catch (KaiwuProblem.InvalidInput ex) {
				model.addAttribute("error",
						ex.errors()
							.stream()
							.map((e) -> this.problems.message(e.messageKey(), e.args()))
							.collect(Collectors.joining(" ")));
			}
		}
		return "masterdata/units";
	}

	@PostMapping
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@Valid @ModelAttribute UnitForm form) {
		this.units.create(CurrentPrincipal.get(), form.code().trim(), form.name().trim(), form.dimension());
		return "redirect:/masterdata/units";
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.units.delete(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/units";
	}

	@PostMapping("/conversions")
	@PreAuthorize("hasRole('ENGINEER')")
	String addConversion(@Valid @ModelAttribute ConversionForm form) {
		this.units.addConversion(CurrentPrincipal.get(), form.fromUnitId(), form.toUnitId(), form.factor());
		return "redirect:/masterdata/units";
	}

	@PostMapping("/conversions/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String deleteConversion(@PathVariable UUID id) {
		this.units.deleteConversion(CurrentPrincipal.get(), id);
		return "redirect:/masterdata/units";
	}

}
