package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The setup matrix (换型矩阵) of each work centre: how many minutes a resource of it needs to
 * change over from a product of one family to one of another. A pair without an entry
 * falls back to the step's own setup time. Saved as a whole per work centre and audited
 * ({@code production-setup-matrix}).
 */
@Service
public class SetupMatrix {

	private static final BigDecimal SIXTY = new BigDecimal("60");

	private static final BigDecimal MAX_MINUTES = new BigDecimal("100000");

	private final JdbcClient jdbc;

	private final WorkCentres workCentres;

	private final ApplicationEventPublisher events;

	SetupMatrix(JdbcClient jdbc, WorkCentres workCentres, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.workCentres = workCentres;
		this.events = events;
	}

	/**
	 * One cell of the matrix.
	 *
	 * @param fromFamily the family made before
	 * @param toFamily the family made next
	 * @param setupMinutes the changeover time in minutes
	 */
	public record Entry(@Nullable String fromFamily, @Nullable String toFamily, @Nullable BigDecimal setupMinutes) {
	}

	/**
	 * A work centre's matrix for the grid.
	 *
	 * @param workCentreId the work centre
	 * @param workCentreCode its code
	 * @param families the families of the rows and columns: those of routings with a step
	 * in the work centre and those the matrix names, sorted
	 * @param entries the cells that have a time
	 */
	public record Matrix(UUID workCentreId, String workCentreCode, List<String> families, List<Entry> entries) {

		public Matrix {
			families = List.copyOf(families);
			entries = List.copyOf(entries);
		}

		/** The minutes of one cell, {@literal null} when empty. */
		public @Nullable BigDecimal minutes(String from, String to) {
			return this.entries.stream()
				.filter((e) -> from.equals(e.fromFamily()) && to.equals(e.toFamily()))
				.map(Entry::setupMinutes)
				.findFirst()
				.orElse(null);
		}

	}

	Optional<Duration> setup(TenantId tenant, UUID workCentreId, String fromFamily, String toFamily) {
		return this.jdbc.sql("""
				SELECT setup_seconds FROM production_setup_time WHERE tenant_id = ? AND work_centre_id = ?
				AND from_family = ? AND to_family = ?""")
			.params(tenant.value(), workCentreId, fromFamily, toFamily)
			.query(Long.class)
			.optional()
			.map(Duration::ofSeconds);
	}

	@Transactional(readOnly = true)
	public Matrix matrix(TenantId tenant, UUID workCentreId) {
		WorkCentres.WorkCentre centre = this.workCentres.workCentre(tenant, workCentreId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("work-centre", workCentreId));
		List<Entry> entries = this.jdbc.sql("""
				SELECT from_family, to_family, setup_seconds FROM production_setup_time
				WHERE tenant_id = ? AND work_centre_id = ? ORDER BY from_family, to_family""")
			.params(tenant.value(), workCentreId)
			.query((rs, n) -> new Entry(rs.getString("from_family"), rs.getString("to_family"),
					minutes(rs.getLong("setup_seconds"))))
			.list();
		TreeSet<String> families = new TreeSet<>(this.jdbc.sql("""
				SELECT DISTINCT v.product_family FROM production_routing_version v
				JOIN production_routing_step s ON s.routing_id = v.id
				WHERE v.tenant_id = ? AND s.work_centre_id = ?""")
			.params(tenant.value(), workCentreId)
			.query(String.class)
			.list());
		entries.forEach((e) -> {
			families.add(e.fromFamily());
			families.add(e.toFamily());
		});
		return new Matrix(centre.id(), centre.code(), new ArrayList<>(families), entries);
	}

	/**
	 * Replaces a work centre's matrix; an entry without minutes clears its cell.
	 * @return the matrix saved
	 */
	@Transactional
	public Matrix save(TenantId tenant, UUID workCentreId, List<Entry> entries) {
		Matrix before = matrix(tenant, workCentreId);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		Map<String, Long> cells = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			String at = "entries[" + i + "].";
			String from = family(e.fromFamily(), at + "fromFamily", errors);
			String to = family(e.toFamily(), at + "toFamily", errors);
			if (e.setupMinutes() == null) {
				continue;
			}
			if (e.setupMinutes().signum() < 0 || e.setupMinutes().compareTo(MAX_MINUTES) >= 0) {
				errors.add(
						new KaiwuProblem.FieldError(at + "setupMinutes", "production.setup.problem.minutes", from, to));
				continue;
			}
			Integer first = seen.putIfAbsent(from + "\n" + to, i + 1);
			if (first != null) {
				errors.add(new KaiwuProblem.FieldError(at + "fromFamily", "production.setup.problem.repeated", from, to,
						first));
				continue;
			}
			cells.put(from + "\n" + to,
					e.setupMinutes().multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact());
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.jdbc.sql("DELETE FROM production_setup_time WHERE tenant_id = ? AND work_centre_id = ?")
			.params(tenant.value(), workCentreId)
			.update();
		cells.forEach((pair, seconds) -> {
			String[] families = pair.split("\n", 2);
			this.jdbc.sql("""
					INSERT INTO production_setup_time (tenant_id, work_centre_id, from_family, to_family, setup_seconds)
					VALUES (?, ?, ?, ?, ?)""")
				.params(tenant.value(), workCentreId, families[0], families[1], seconds)
				.update();
		});
		Matrix after = matrix(tenant, workCentreId);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "production-setup-matrix", workCentreId,
				before.entries(), after.entries()));
		return after;
	}

	/**
	 * A product family: 1 to 50 characters, no line breaks or other control characters.
	 */
	static String family(@Nullable String value, String field, List<KaiwuProblem.FieldError> errors) {
		String family = (value != null) ? value.strip() : "";
		if (family.isEmpty() || family.length() > 50 || family.chars().anyMatch(Character::isISOControl)) {
			errors.add(new KaiwuProblem.FieldError(field, "production.setup.problem.family", family));
		}
		return family;
	}

	private static BigDecimal minutes(long seconds) {
		BigDecimal m = BigDecimal.valueOf(seconds).divide(SIXTY, 6, RoundingMode.HALF_UP).stripTrailingZeros();
		return (m.scale() < 0) ? m.setScale(0) : m;
	}

}
