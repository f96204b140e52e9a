package io.kaiwu.masterdata.unit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units of measure of a tenant and the conversions between them. A conversion joins two
 * units of one dimension; a quantity converts along any chain of conversions, and is
 * refused between units that no chain joins.
 */
@Service
public class ManagingUnits {

	private final Units units;

	private final ApplicationEventPublisher events;

	ManagingUnits(Units units, ApplicationEventPublisher events) {
		this.units = units;
		this.events = events;
	}

	/**
	 * The result of converting a quantity.
	 *
	 * @param quantity the quantity given.
	 * @param from the unit it was given in.
	 * @param to the unit asked for.
	 * @param factor how many {@code to} make one {@code from}.
	 * @param result the quantity in {@code to}.
	 */
	public record Converted(BigDecimal quantity, Unit from, Unit to, BigDecimal factor, BigDecimal result) {
	}

	@Transactional(readOnly = true)
	public List<Unit> list(KaiwuPrincipal principal) {
		return this.units.all(principal.requireTenant().value());
	}

	@Transactional(readOnly = true)
	public Unit get(KaiwuPrincipal principal, UUID id) {
		return this.units.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("unit", id));
	}

	@Transactional(readOnly = true)
	public Optional<Unit> findByCode(KaiwuPrincipal principal, String code) {
		return this.units.findByCode(principal.requireTenant().value(), code);
	}

	@Transactional
	public Unit create(KaiwuPrincipal principal, String code, String name, Dimension dimension) {
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		checkCode(tenant, code, id);
		Unit unit = new Unit(id, tenant, code, name, dimension, Instant.now());
		this.units.insert(unit);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "unit", id, unit.snapshot()));
		return unit;
	}

	/** Renames a unit; its dimension stays, since conversions depend on it. */
	@Transactional
	public Unit update(KaiwuPrincipal principal, UUID id, String code, String name) {
		Unit before = get(principal, id);
		checkCode(before.tenant(), code, id);
		Unit after = new Unit(id, before.tenant(), code, name, before.dimension(), before.createdAt());
		this.units.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(TenantId.of(before.tenant()), "unit", id, before.snapshot(), after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		Unit unit = get(principal, id);
		long items = this.units.itemsUsing(unit.tenant(), id);
		if (items > 0) {
			throw new KaiwuProblem.Conflict("problem.unit.used-by-items", unit.code(), items);
		}
		long conversions = this.units.conversionsUsing(unit.tenant(), id);
		if (conversions > 0) {
			throw new KaiwuProblem.Conflict("problem.unit.used-by-conversions", unit.code(), conversions);
		}
		this.units.delete(unit);
		this.events.publishEvent(ChangeRecorded.deleted(TenantId.of(unit.tenant()), "unit", id, unit.snapshot()));
	}

	@Transactional(readOnly = true)
	public List<UnitConversion> conversions(KaiwuPrincipal principal) {
		return this.units.conversions(principal.requireTenant().value());
	}

	@Transactional(readOnly = true)
	public UnitConversion conversion(KaiwuPrincipal principal, UUID id) {
		return this.units.findConversion(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("unit-conversion", id));
	}

	/**
	 * Adds {@code 1 from = factor × to}. Refused between units of different dimensions,
	 * and between units that some chain of conversions already joins (it would say the
	 * same thing twice, or contradict it).
	 */
	@Transactional
	public UnitConversion addConversion(KaiwuPrincipal principal, UUID fromId, UUID toId, BigDecimal factor) {
		UUID tenant = principal.requireTenant().value();
		Unit from = this.units.find(tenant, fromId)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("fromUnitId", "problem.unit.unknown", fromId));
		Unit to = this.units.find(tenant, toId)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("toUnitId", "problem.unit.unknown", toId));
		if (from.id().equals(to.id())) {
			throw new KaiwuProblem.InvalidInput("toUnitId", "problem.unit.conversion-same-unit");
		}
		if (from.dimension() != to.dimension()) {
			throw new KaiwuProblem.InvalidInput("toUnitId", "problem.unit.dimension-mismatch", from.code(), to.code());
		}
		if (factor.signum() <= 0) {
			throw new KaiwuProblem.InvalidInput("factor", "problem.unit.factor-positive");
		}
		Optional<BigDecimal> existing = graph(tenant).factor(from.id(), to.id());
		if (existing.isPresent()) {
			throw new KaiwuProblem.Conflict("problem.unit.conversion-exists", from.code(), to.code(),
					existing.get().toPlainString());
		}
		UnitConversion conversion = new UnitConversion(UUID.randomUUID(), tenant, from.id(), to.id(), factor,
				Instant.now());
		this.units.insert(conversion);
		this.events.publishEvent(
				ChangeRecorded.created(TenantId.of(tenant), "unit-conversion", conversion.id(), conversion.snapshot()));
		return conversion;
	}

	@Transactional
	public void deleteConversion(KaiwuPrincipal principal, UUID id) {
		UnitConversion conversion = conversion(principal, id);
		this.units.delete(conversion);
		this.events.publishEvent(
				ChangeRecorded.deleted(TenantId.of(conversion.tenant()), "unit-conversion", id, conversion.snapshot()));
	}

	/** Converts a quantity between two units given by code. */
	@Transactional(readOnly = true)
	public Converted convert(KaiwuPrincipal principal, BigDecimal quantity, String fromCode, String toCode) {
		UUID tenant = principal.requireTenant().value();
		Unit from = this.units.findByCode(tenant, fromCode)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("from", "problem.unit.code-unknown", fromCode));
		Unit to = this.units.findByCode(tenant, toCode)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("to", "problem.unit.code-unknown", toCode));
		ConversionGraph<UUID> graph = graph(tenant);
		BigDecimal factor = graph.factor(from.id(), to.id())
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("to", "problem.unit.no-path", from.code(), to.code()));
		return new Converted(quantity, from, to, factor, graph.convert(quantity, from.id(), to.id()).orElseThrow());
	}

	/** The tenant's units by code. */
	@Transactional(readOnly = true)
	public Map<String, Unit> byCode(TenantId tenant) {
		return this.units.all(tenant.value()).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
	}

	private ConversionGraph<UUID> graph(UUID tenant) {
		return new ConversionGraph<>(this.units.conversions(tenant)
			.stream()
			.map((c) -> new ConversionGraph.Edge<>(c.fromUnit(), c.toUnit(), c.factor()))
			.toList());
	}

	private void checkCode(UUID tenant, String code, UUID id) {
		if (this.units.codeTaken(tenant, code, id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.unit.code-taken", code);
		}
	}

}
