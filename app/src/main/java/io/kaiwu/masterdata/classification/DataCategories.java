package io.kaiwu.masterdata.classification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.shared.PageQuery;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The md_data_category table: every query names the tenant first. */
@Repository
class DataCategories {

	private static final RowMapper<DataCategory> CATEGORY = (rs, row) -> new DataCategory(
			rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("code"),
			rs.getString("name"), rs.getString("description"), DataGrade.valueOf(rs.getString("data_grade")),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	DataCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DataCategory> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM md_data_category WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(CATEGORY)
			.optional();
	}

	List<DataCategory> page(UUID tenant, PageQuery page) {
		return this.jdbc.sql("SELECT * FROM md_data_category WHERE tenant_id = ? ORDER BY code LIMIT ? OFFSET ?")
			.params(tenant, page.size(), page.offset())
			.query(CATEGORY)
			.list();
	}

	long count(UUID tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_data_category WHERE tenant_id = ?")
			.param(tenant)
			.query(Long.class)
			.single();
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM md_data_category WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	void insert(DataCategory c) {
		this.jdbc
			.sql("""
					INSERT INTO md_data_category (id, tenant_id, code, name, description, data_grade, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.tenant(), c.code(), c.name(), c.description(), c.grade().name(),
					Timestamp.from(c.createdAt()), Timestamp.from(c.updatedAt()))
			.update();
	}

	void update(DataCategory c) {
		this.jdbc.sql("""
				UPDATE md_data_category SET code = ?, name = ?, description = ?, data_grade = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(c.code(), c.name(), c.description(), c.grade().name(), Timestamp.from(c.updatedAt()), c.tenant(),
					c.id())
			.update();
	}

	void delete(DataCategory c) {
		this.jdbc.sql("DELETE FROM md_data_category WHERE tenant_id = ? AND id = ?")
			.params(c.tenant(), c.id())
			.update();
	}

}
