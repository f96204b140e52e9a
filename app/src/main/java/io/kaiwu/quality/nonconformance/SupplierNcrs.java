package io.kaiwu.quality.nonconformance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.nonconformance.kernel.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NCRs attributed to a supplier as its quality score counts them: those raised in a
 * period by severity (cancelled ones not), and their 8Ds that fell due or closed in it.
 */
@Service
public class SupplierNcrs {

	private final JdbcClient jdbc;

	private final NonconformanceSettings settings;

	SupplierNcrs(JdbcClient jdbc, NonconformanceSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * What a supplier's NCRs add to its score.
	 *
	 * @param minor minor NCRs raised in the period
	 * @param major major ones
	 * @param critical critical ones
	 * @param eightDsDue 8Ds (NCRs with a D8 due date) whose due day ends in the period,
	 * or that closed in it
	 * @param eightDsOnTime of those, closed by the end of the due day
	 */
	public record Counts(int minor, int major, int critical, int eightDsDue, int eightDsOnTime) {
	}

	private record Row(Severity severity, String state, Instant createdAt, @Nullable Instant closedAt,
			@Nullable LocalDate due) {
	}

	@Transactional(readOnly = true)
	public Counts of(TenantId tenant, UUID supplierId, Instant from, Instant to) {
		List<Row> rows = this.jdbc.sql("""
				SELECT n.severity, n.state, n.created_at, n.closed_at, s.due_date
				FROM quality_ncr n JOIN quality_ncr_step s ON s.ncr_id = n.id AND s.discipline = 'D8'
				WHERE n.tenant_id = ? AND n.supplier_id = ? AND n.state <> 'CANCELLED' AND n.created_at < ?""")
			.params(tenant.value(), supplierId, Timestamp.from(to))
			.query((rs, n) -> new Row(Severity.valueOf(rs.getString("severity")), rs.getString("state"),
					rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("closed_at") != null) ? rs.getTimestamp("closed_at").toInstant() : null,
					(rs.getDate("due_date") != null) ? rs.getDate("due_date").toLocalDate() : null))
			.list();
		ZoneId zone = this.settings.zone();
		int minor = 0;
		int major = 0;
		int critical = 0;
		int due = 0;
		int onTime = 0;
		for (Row r : rows) {
			if (!r.createdAt().isBefore(from)) {
				switch (r.severity()) {
					case MINOR -> minor++;
					case MAJOR -> major++;
					case CRITICAL -> critical++;
				}
			}
			if (r.due() == null) {
				continue;
			}
			// the due day ends at the next midnight in the plant's zone
			Instant deadline = r.due().plusDays(1).atStartOfDay(zone).toInstant();
			boolean closedInPeriod = r.closedAt() != null && !r.closedAt().isBefore(from) && r.closedAt().isBefore(to);
			boolean dueInPeriod = deadline.isAfter(from) && !deadline.isAfter(to);
			if (closedInPeriod || dueInPeriod) {
				due++;
				if (r.closedAt() != null && r.closedAt().isBefore(deadline)) {
					onTime++;
				}
			}
		}
		return new Counts(minor, major, critical, due, onTime);
	}

	/** The suppliers with an NCR raised in the period or an 8D due in it. */
	@Transactional(readOnly = true)
	public List<UUID> suppliers(TenantId tenant, Instant from, Instant to) {
		return this.jdbc
			.sql("""
					SELECT DISTINCT n.supplier_id FROM quality_ncr n JOIN quality_ncr_step s ON s.ncr_id = n.id AND s.discipline = 'D8'
					WHERE n.tenant_id = ? AND n.supplier_id IS NOT NULL AND n.state <> 'CANCELLED'
					AND ((n.created_at >= ? AND n.created_at < ?) OR (s.due_date IS NOT NULL AND n.created_at < ?))""")
			.params(tenant.value(), Timestamp.from(from), Timestamp.from(to), Timestamp.from(to))
			.query(UUID.class)
			.list();
	}

}
