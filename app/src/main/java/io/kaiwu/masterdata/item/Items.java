package io.kaiwu.masterdata.item;

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

/** The md_item table: every query names the tenant first. */
@Repository
class Items {

	private static final String SELECT = """
			SELECT i.*, u.code AS unit_code FROM md_item i
			JOIN md_unit u ON u.tenant_id = i.tenant_id AND u.id = i.base_unit_id
			WHERE i.tenant_id = ?""";

	private static final RowMapper<Item> ITEM = (rs, row) -> new Item(rs.getObject("id", UUID.class),
			rs.getObject("tenant_id", UUID.class), rs.getString("code"), rs.getString("name"),
			ItemKind.valueOf(rs.getString("item_kind")), rs.getObject("base_unit_id", UUID.class),
			rs.getString("unit_code"), rs.getString("drawing_number"), rs.getString("specification"),
			DataGrade.valueOf(rs.getString("data_grade")), rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	Items(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Item> find(UUID tenant, UUID id) {
		return this.jdbc.sql(SELECT + " AND i.id = ?").params(tenant, id).query(ITEM).optional();
	}

	Optional<Item> findByCode(UUID tenant, String code) {
		return this.jdbc.sql(SELECT + " AND i.code = ?").params(tenant, code).query(ITEM).optional();
	}

	List<Item> page(UUID tenant, @Nullable String q, @Nullable ItemKind kind, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, kind, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc.sql(SELECT + where + " ORDER BY i.code LIMIT ? OFFSET ?").params(params).query(ITEM).list();
	}

	long count(UUID tenant, @Nullable String q, @Nullable ItemKind kind) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, kind, params);
		return this.jdbc
			.sql("SELECT COUNT(*) FROM md_item i JOIN md_unit u ON u.tenant_id = i.tenant_id"
					+ " AND u.id = i.base_unit_id WHERE i.tenant_id = ?" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Every item, for an export; rows of the excluded grades left out. */
	List<Item> all(UUID tenant, Set<DataGrade> excluded) {
		return this.jdbc.sql(SELECT + " ORDER BY i.code")
			.param(tenant)
			.query(ITEM)
			.stream()
			.filter((item) -> !excluded.contains(item.grade()))
			.toList();
	}

	Set<String> codes(UUID tenant) {
		return this.jdbc.sql("SELECT code FROM md_item WHERE tenant_id = ?")
			.param(tenant)
			.query(String.class)
			.stream()
			.collect(Collectors.toSet());
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_item WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(Item item) {
		this.jdbc.sql("""
				INSERT INTO md_item (id, tenant_id, code, name, item_kind, base_unit_id, drawing_number,
				    specification, data_grade, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(item.id(), item.tenant(), item.code(), item.name(), item.kind().name(), item.baseUnit(),
					item.drawingNumber(), item.specification(), item.grade().name(), Timestamp.from(item.createdAt()),
					Timestamp.from(item.updatedAt()))
			.update();
	}

	void update(Item item) {
		this.jdbc.sql("""
				UPDATE md_item SET code = ?, name = ?, item_kind = ?, base_unit_id = ?, drawing_number = ?,
				    specification = ?, data_grade = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(item.code(), item.name(), item.kind().name(), item.baseUnit(), item.drawingNumber(),
					item.specification(), item.grade().name(), Timestamp.from(item.updatedAt()), item.tenant(),
					item.id())
			.update();
	}

	void delete(Item item) {
		this.jdbc.sql("DELETE FROM md_item WHERE tenant_id = ? AND id = ?").params(item.tenant(), item.id()).update();
	}

	private static String filter(UUID tenant, @Nullable String q, @Nullable ItemKind kind, List<Object> params) {
		params.add(tenant);
		StringBuilder where = new StringBuilder();
		if (q != null && !q.isBlank()) {
			String like = "%"
					+ q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
					+ "%";
			where.append(" AND (LOWER(i.code) LIKE ? ESCAPE '\\' OR LOWER(i.name) LIKE ? ESCAPE '\\'")
				.append(" OR LOWER(i.specification) LIKE ? ESCAPE '\\')");
			params.add(like);
			params.add(like);
			params.add(like);
		}
		if (kind != null) {
			where.append(" AND i.item_kind = ?");
			params.add(kind.name());
		}
		return where.toString();
	}

}
