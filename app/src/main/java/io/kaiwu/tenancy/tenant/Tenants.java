package io.kaiwu.tenancy.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.EnterpriseType;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenants table. */
@Repository
public class Tenants {

	private static final RowMapper<Tenant> TENANT = (rs, row) -> new Tenant(rs.getObject("id", UUID.class),
			rs.getString("name"), EnterpriseType.valueOf(rs.getString("enterprise_type")),
			(rs.getString("industry") == null) ? "" : rs.getString("industry"), rs.getBoolean("demo"),
			rs.getTimestamp("created_at").toInstant());

	private final JdbcClient jdbc;

	Tenants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Tenant> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM tenant WHERE id = ?").param(id).query(TENANT).optional();
	}

	public boolean nameTaken(String name, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM tenant WHERE name = ? AND id <> ?")
			.params(name, except)
			.query(Long.class)
			.single() > 0;
	}

	public List<Tenant> page(PageQuery page) {
		return this.jdbc.sql("SELECT * FROM tenant ORDER BY name LIMIT ? OFFSET ?")
			.params(page.size(), page.offset())
			.query(TENANT)
			.list();
	}

	public List<UUID> ids() {
		return this.jdbc.sql("SELECT id FROM tenant").query(UUID.class).list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM tenant").query(Long.class).single();
	}

	public void insert(Tenant tenant) {
		this.jdbc
			.sql("INSERT INTO tenant (id, name, enterprise_type, industry, demo, created_at) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tenant.id(), tenant.name(), tenant.enterpriseType().name(), tenant.industry(), tenant.demo(),
					java.sql.Timestamp.from(tenant.createdAt()))
			.update();
	}

	public void update(Tenant tenant) {
		this.jdbc.sql("UPDATE tenant SET name = ?, enterprise_type = ?, industry = ? WHERE id = ?")
			.params(tenant.name(), tenant.enterpriseType().name(), tenant.industry(), tenant.id())
			.update();
	}

}
