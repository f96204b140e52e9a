package io.kaiwu.masterdata.partner;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The md_partner table: every query names the tenant first. */
@Repository
class Partners {

	private static final RowMapper<Partner> PARTNER = (rs, row) -> new Partner(rs.getObject("id", UUID.class),
			rs.getObject("tenant_id", UUID.class), rs.getString("code"), rs.getString("name"),
			rs.getBoolean("supplier"), rs.getObject("supplier_tier", Integer.class), rs.getBoolean("customer"),
			rs.getString("contact_person"), rs.getString("phone"), rs.getString("email"), rs.getString("region"),
			DataGrade.valueOf(rs.getString("data_grade")), rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	/** Which partners a list shows. */
	enum Role {

		SUPPLIER, CUSTOMER

	}

	private final JdbcClient jdbc;

	Partners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Partner> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM md_partner WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(PARTNER)
			.optional();
	}

	Optional<Partner> findByCode(UUID tenant, String code) {
		return this.jdbc.sql("SELECT * FROM md_partner WHERE tenant_id = ? AND code = ?")
			.params(tenant, code)
			.query(PARTNER)
			.optional();
	}

	List<Partner> page(UUID tenant, @Nullable String q, @Nullable Role role, @Nullable Integer tier, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, role, tier, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc.sql("SELECT * FROM md_partner WHERE tenant_id = ?" + where + " ORDER BY code LIMIT ? OFFSET ?")
			.params(params)
			.query(PARTNER)
			.list();
	}

	long count(UUID tenant, @Nullable String q, @Nullable Role role, @Nullable Integer tier) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, role, tier, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM md_partner WHERE tenant_id = ?" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	List<Partner> all(UUID tenant, Set<DataGrade> excluded) {
		return this.jdbc.sql("SELECT * FROM md_partner WHERE tenant_id = ? ORDER BY code")
			.param(tenant)
			.query(PARTNER)
			.stream()
			.filter((p) -> !excluded.contains(p.grade()))
			.toList();
	}

	Set<String> codes(UUID tenant) {
		return this.jdbc.sql("SELECT code FROM md_partner WHERE tenant_id = ?")
			.param(tenant)
			.query(String.class)
			.stream()
			.collect(Collectors.toSet());
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_partner WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Partner p) {
		this.jdbc.sql("""
				INSERT INTO md_partner (id, tenant_id, code, name, supplier, supplier_tier, customer, contact_person,
				    phone, email, region, data_grade, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.tenant(), p.code(), p.name(), p.supplier(), p.supplierTier(), p.customer(),
					p.contactPerson(), p.phone(), p.email(), p.region(), p.grade().name(),
					Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
			.update();
	}

	void update(Partner p) {
		this.jdbc.sql("""
				UPDATE md_partner SET code = ?, name = ?, supplier = ?, supplier_tier = ?, customer = ?,
				    contact_person = ?, phone = ?, email = ?, region = ?, data_grade = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(p.code(), p.name(), p.supplier(), p.supplierTier(), p.customer(), p.contactPerson(), p.phone(),
					p.email(), p.region(), p.grade().name(), Timestamp.from(p.updatedAt()), p.tenant(), p.id())
			.update();
	}

	void delete(Partner p) {
		this.jdbc.sql("DELETE FROM md_partner WHERE tenant_id = ? AND id = ?").params(p.tenant(), p.id()).update();
	}

	private static String filter(UUID tenant, @Nullable String q, @Nullable Role role, @Nullable Integer tier,
			List<Object> params) {
		params.add(tenant);
		StringBuilder where = new StringBuilder();
		if (q != null && !q.isBlank()) {
			String like = "%"
					+ q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			where.append(" AND (LOWER(code) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')");
			params.add(like);
			params.add(like);
		}
		if (role == Role.SUPPLIER) {
			where.append(" AND supplier = TRUE");
		}
		else if (role == Role.CUSTOMER) {
			where.append(" AND customer = TRUE");
		}
		if (tier != null) {
			where.append(" AND supplier_tier = ?");
			params.add(tier);
		}
		return where.toString();
	}

}
