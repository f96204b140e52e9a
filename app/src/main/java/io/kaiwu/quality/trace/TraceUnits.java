package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quality_trace_unit table. Every query names the tenant first, except the resolver's
 * look-up by the globally unique identifier.
 */
@Repository
class TraceUnits {

	/** Ids per IN list: well under every database's limit on bind parameters. */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	TraceUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TraceUnit u) {
		this.jdbc.sql("""
				INSERT INTO quality_trace_unit (id, tenant_id, form, stage, item_id, number, quantity, unit_code,
				    supplier_id, supplier_batch, made_at, identifier, note, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(u.id(), u.tenant().value(), u.form().name(), u.stage().name(), u.itemId(), u.number(), u.quantity(),
					u.unitCode(), u.supplierId(), u.supplierBatch(), Timestamp.from(u.madeAt()), u.identifier(),
					u.note(), u.createdBy(), Timestamp.from(u.createdAt()))
			.update();
	}

	Optional<TraceUnit> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM quality_trace_unit WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, row) -> unit(rs))
			.optional();
	}

	Optional<TraceUnit> find(TenantId tenant, Form form, UUID itemId, String number) {
		return this.jdbc
			.sql("SELECT * FROM quality_trace_unit WHERE tenant_id = ? AND form = ? AND item_id = ? AND number = ?")
			.params(tenant.value(), form.name(), itemId, number)
			.query((rs, row) -> unit(rs))
			.optional();
	}

	/** The units with this lot or serial number, whatever their item. */
	List<TraceUnit> withNumber(TenantId tenant, String number) {
		return this.jdbc
			.sql("SELECT * FROM quality_trace_unit WHERE tenant_id = ? AND number = ? ORDER BY form, item_id")
			.params(tenant.value(), number)
			.query((rs, row) -> unit(rs))
			.list();
	}

	/** The one unit carrying a product identifier, whichever tenant it belongs to. */
	Optional<TraceUnit> byIdentifier(String identifier) {
		return this.jdbc.sql("SELECT * FROM quality_trace_unit WHERE identifier = ?")
			.param(identifier)
			.query((rs, row) -> unit(rs))
			.optional();
	}

	/** Units by id, in chunks; ids of other tenants are left out. */
	List<TraceUnit> findAll(TenantId tenant, Collection<UUID> ids) {
		List<TraceUnit> found = new ArrayList<>(ids.size());
		for (List<UUID> chunk : chunks(ids)) {
			List<Object> params = new ArrayList<>(chunk.size() + 1);
			params.add(tenant.value());
			params.addAll(chunk);
			found.addAll(this.jdbc
				.sql("SELECT * FROM quality_trace_unit WHERE tenant_id = ? AND id IN (" + marks(chunk.size()) + ")")
				.params(params)
				.query((rs, row) -> unit(rs))
				.list());
		}
		return found;
	}

	/**
	 * Locks the units for the rest of the transaction, in id order so two steps over the
	 * same lots never wait on each other in a circle.
	 */
	List<TraceUnit> lock(TenantId tenant, Collection<UUID> ids) {
		List<TraceUnit> locked = new ArrayList<>(ids.size());
		for (UUID id : ids.stream().distinct().sorted().toList()) {
			this.jdbc.sql("SELECT * FROM quality_trace_unit WHERE tenant_id = ? AND id = ? FOR UPDATE")
				.params(tenant.value(), id)
				.query((rs, row) -> unit(rs))
				.optional()
				.ifPresent(locked::add);
		}
		return locked;
	}

	List<TraceUnit> page(TenantId tenant, Form form, @Nullable Stage stage, @Nullable String search, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, form, stage, search, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc
			.sql("SELECT * FROM quality_trace_unit" + where + " ORDER BY made_at DESC, number LIMIT ? OFFSET ?")
			.params(params)
			.query((rs, row) -> unit(rs))
			.list();
	}

	long count(TenantId tenant, Form form, @Nullable Stage stage, @Nullable String search) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, form, stage, search, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM quality_trace_unit" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** How much of each unit steps consumed so far. */
	BigDecimal consumed(TenantId tenant, UUID unitId) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(quantity), 0) FROM quality_step_input WHERE tenant_id = ? AND unit_id = ?")
			.params(tenant.value(), unitId)
			.query(BigDecimal.class)
			.single();
	}

	/** How much of each unit was delivered so far. */
	BigDecimal delivered(TenantId tenant, UUID unitId) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(quantity), 0) FROM quality_delivery_line WHERE tenant_id = ? AND unit_id = ?")
			.params(tenant.value(), unitId)
			.query(BigDecimal.class)
			.single();
	}

	private static String where(TenantId tenant, Form form, @Nullable Stage stage, @Nullable String search,
			List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ? AND form = ?");
		params.add(tenant.value());
		params.add(form.name());
		if (stage != null) {
			where.append(" AND stage = ?");
			params.add(stage.name());
		}
		if (search != null && !search.isBlank()) {
			where.append(" AND (LOWER(number) LIKE ? OR LOWER(supplier_batch) LIKE ? OR identifier = ?)");
			String like = "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%";
			params.add(like);
			params.add(like);
			params.add(search.strip());
		}
		return where.toString();
	}

	static List<List<UUID>> chunks(Collection<UUID> ids) {
		List<UUID> all = List.copyOf(ids);
		List<List<UUID>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

	static String marks(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

	private static TraceUnit unit(ResultSet rs) throws SQLException {
		return new TraceUnit(rs.getObject("id", UUID.class), TenantId.of(rs.getObject("tenant_id", UUID.class)),
				Form.valueOf(rs.getString("form")), Stage.valueOf(rs.getString("stage")),
				rs.getObject("item_id", UUID.class), rs.getString("number"),
				rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit_code"),
				rs.getObject("supplier_id", UUID.class), rs.getString("supplier_batch"),
				rs.getTimestamp("made_at").toInstant(), rs.getString("identifier"), rs.getString("note"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

}
