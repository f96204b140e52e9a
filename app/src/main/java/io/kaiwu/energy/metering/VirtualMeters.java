package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A checked set of virtual meters over the physical ones: every term names a known meter
 * of the same kind, and no meter depends on itself, directly or through others.
 */
public final class VirtualMeters {

	private final Map<String, MeterKind> physical;

	private final Map<String, VirtualMeter> virtuals;

	private VirtualMeters(Map<String, MeterKind> physical, Map<String, VirtualMeter> virtuals) {
		this.physical = physical;
		this.virtuals = virtuals;
	}

	/**
	 * Checks the virtual meters.
	 * @param physical the physical meters' codes and kinds
	 * @param virtuals the virtual meters
	 * @return the checked set
	 * @throws InvalidVirtualMeter for the first meter that is refused, with the reason
	 * and, for a cycle, its path
	 */
	public static VirtualMeters of(Map<String, MeterKind> physical, Collection<VirtualMeter> virtuals) {
		Map<String, VirtualMeter> byCode = new LinkedHashMap<>();
		for (VirtualMeter meter : virtuals) {
			if (physical.containsKey(meter.code()) || byCode.put(meter.code(), meter) != null) {
				throw new InvalidVirtualMeter(meter.code(), InvalidVirtualMeter.Reason.DUPLICATE_CODE,
						List.of(meter.code()));
			}
		}
		VirtualMeters checked = new VirtualMeters(Map.copyOf(physical), byCode);
		for (VirtualMeter meter : byCode.values()) {
			checked.check(meter);
		}
		return checked;
	}

	private void check(VirtualMeter meter) {
		if (meter.terms().isEmpty()) {
			throw new InvalidVirtualMeter(meter.code(), InvalidVirtualMeter.Reason.NO_TERMS, List.of());
		}
		for (VirtualMeter.Term term : meter.terms()) {
			if (term.meterCode().equals(meter.code())) {
				throw new InvalidVirtualMeter(meter.code(), InvalidVirtualMeter.Reason.SELF_REFERENCE,
						List.of(meter.code(), meter.code()));
			}
			MeterKind kind = kindOf(term.meterCode());
			if (kind == null) {
				throw new InvalidVirtualMeter(meter.code(), InvalidVirtualMeter.Reason.UNKNOWN_METER,
						List.of(term.meterCode()));
			}
			if (kind != meter.kind()) {
				throw new InvalidVirtualMeter(meter.code(), InvalidVirtualMeter.Reason.OTHER_KIND,
						List.of(term.meterCode()));
			}
		}
		List<String> path = new ArrayList<>();
		path.add(meter.code());
		findCycle(meter, meter.code(), path);
	}

	/**
	 * Depth first through the virtual terms; the path ends back at the start on a cycle.
	 */
	private void findCycle(VirtualMeter current, String start, List<String> path) {
		for (VirtualMeter.Term term : current.terms()) {
			VirtualMeter next = this.virtuals.get(term.meterCode());
			if (next == null) {
				continue;
			}
			path.add(next.code());
			if (next.code().equals(start)) {
				throw new InvalidVirtualMeter(start, InvalidVirtualMeter.Reason.CYCLE, path);
			}
			if (path.indexOf(next.code()) == path.size() - 1) {
				findCycle(next, start, path);
			}
			path.remove(path.size() - 1);
		}
	}

	private @Nullable MeterKind kindOf(String code) {
		MeterKind kind = this.physical.get(code);
		if (kind != null) {
			return kind;
		}
		VirtualMeter virtual = this.virtuals.get(code);
		return (virtual != null) ? virtual.kind() : null;
	}

	/**
	 * A virtual meter's value for one period.
	 * @param code the virtual meter
	 * @param physicalValues the physical meters' consumption in the period; a meter left
	 * out is missing
	 * @return the value, or missing with the physical meters that are missing
	 */
	public VirtualValue value(String code, Map<String, BigDecimal> physicalValues) {
		VirtualMeter meter = this.virtuals.get(code);
		if (meter == null) {
			throw new IllegalArgumentException("no virtual meter " + code);
		}
		List<String> missing = new ArrayList<>();
		BigDecimal sum = sum(meter, physicalValues, missing);
		return new VirtualValue(missing.isEmpty() ? Optional.of(sum) : Optional.empty(), missing);
	}

	private BigDecimal sum(VirtualMeter meter, Map<String, BigDecimal> physicalValues, List<String> missing) {
		BigDecimal sum = BigDecimal.ZERO;
		for (VirtualMeter.Term term : meter.terms()) {
			VirtualMeter nested = this.virtuals.get(term.meterCode());
			BigDecimal value = (nested != null) ? sum(nested, physicalValues, missing)
					: physicalValues.get(term.meterCode());
			if (value == null) {
				if (!missing.contains(term.meterCode())) {
					missing.add(term.meterCode());
				}
				continue;
			}
			sum = term.subtract() ? sum.subtract(value) : sum.add(value);
		}
		return sum;
	}

	/**
	 * A virtual meter's value in one period.
	 *
	 * @param value empty when any meter it is made of is missing
	 * @param missingMeters the physical meters without a value
	 */
	public record VirtualValue(Optional<BigDecimal> value, List<String> missingMeters) {

		public VirtualValue {
			missingMeters = List.copyOf(missingMeters);
		}

	}

}
