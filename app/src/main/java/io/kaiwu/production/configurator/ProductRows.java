package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The configurable products' tables (V180–V183); every query names the tenant. A saved
 * definition replaces the groups, options, effects and rules as a whole.
 */
@Repository
class ProductRows {

	private final JdbcClient jdbc;

	ProductRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A product's own row. */
	record Header(UUID id, UUID baseItemId, UUID plantId, String name, String updatedBy, Instant updatedAt) {
	}

	Optional<Header> header(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM production_configurable_product WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(ProductRows::header)
			.optional();
	}

	List<Header> headers(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM production_configurable_product WHERE tenant_id = ? ORDER BY name")
			.params(tenant.value())
			.query(ProductRows::header)
			.list();
	}

	Optional<UUID> ofItem(TenantId tenant, UUID baseItemId) {
		return this.jdbc.sql("SELECT id FROM production_configurable_product WHERE tenant_id = ? AND base_item_id = ?")
			.params(tenant.value(), baseItemId)
			.query(UUID.class)
			.optional();
	}

	private static Header header(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Header(rs.getObject("id", UUID.class), rs.getObject("base_item_id", UUID.class),
				rs.getObject("plant_id", UUID.class), rs.getString("name"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	void insert(TenantId tenant, Header h) {
		Timestamp at = Timestamp.from(h.updatedAt());
		this.jdbc.sql("""
				INSERT INTO production_configurable_product (id, tenant_id, base_item_id, plant_id, name, updated_by,
				    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(h.id(), tenant.value(), h.baseItemId(), h.plantId(), h.name(), h.updatedBy(), at, at)
			.update();
	}

	void update(TenantId tenant, Header h) {
		this.jdbc.sql("""
				UPDATE production_configurable_product SET plant_id = ?, name = ?, updated_by = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(h.plantId(), h.name(), h.updatedBy(), Timestamp.from(h.updatedAt()), tenant.value(), h.id())
			.update();
		this.jdbc.sql("DELETE FROM production_option_rule WHERE tenant_id = ? AND product_id = ?")
			.params(tenant.value(), h.id())
			.update();
		this.jdbc.sql("DELETE FROM production_option_group WHERE tenant_id = ? AND product_id = ?")
			.params(tenant.value(), h.id())
			.update();
	}

	/** Writes a checked definition's groups, options, effects and rules. */
	void insertDefinition(TenantId tenant, UUID product, ProductDraft d) {
		int g = 0;
		for (ProductDraft.Group group : d.groups()) {
			UUID groupId = UUID.randomUUID();
			this.jdbc.sql("""
					INSERT INTO production_option_group (id, tenant_id, product_id, position, code, name, required,
					    several) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(groupId, tenant.value(), product, g++, group.code(), group.name(), group.required(),
						group.several())
				.update();
			int o = 0;
			for (ProductDraft.Option option : group.options()) {
				UUID optionId = UUID.randomUUID();
				this.jdbc.sql("""
						INSERT INTO production_option (id, tenant_id, product_id, group_id, position, code, name)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(optionId, tenant.value(), product, groupId, o++, option.code(), option.name())
					.update();
				int e = 0;
				for (ProductDraft.Effect effect : option.effects()) {
					insertEffect(tenant, optionId, e++, effect);
				}
			}
		}
		int r = 0;
		for (ProductDraft.Rule rule : d.rules()) {
			this.jdbc.sql("""
					INSERT INTO production_option_rule (id, tenant_id, product_id, position, kind, option_code,
					    other_code) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), tenant.value(), product, r++, rule.kind(), rule.option(), rule.other())
				.update();
		}
	}

	private void insertEffect(TenantId tenant, UUID optionId, int position, ProductDraft.Effect e) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO production_option_effect (id, tenant_id, option_id, position, kind, component_item_id,
				    replaced_item_id, quantity, sequence_number, operation_code, operation_name, work_centre_id,
				    setup_minutes, run_seconds_per_unit, transfer_batch, factor)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), optionId, position, e.kind(), e.componentItemId(), e.replacedItemId(),
					e.quantity(), e.sequence(), e.operationCode(), e.operationName(), e.workCentreId(),
					e.setupMinutes(), e.runSecondsPerUnit(), e.transferBatch(), e.factor())
			.update();
		List<ProductDraft.Resource> resources = (e.resources() != null) ? e.resources() : List.of();
		for (int i = 0; i < resources.size(); i++) {
			this.jdbc.sql("""
					INSERT INTO production_option_effect_resource (effect_id, tenant_id, position, resource_id,
					    speed_factor) VALUES (?, ?, ?, ?, ?)""")
				.params(id, tenant.value(), i, resources.get(i).resourceId(), resources.get(i).speedFactor())
				.update();
		}
	}

	/** A product's definition as it was saved. */
	ProductDraft definition(TenantId tenant, Header h) {
		UUID t = tenant.value();
		Map<UUID, List<ProductDraft.Resource>> resources = new HashMap<>();
		this.jdbc.sql("""
				SELECT r.effect_id, r.resource_id, r.speed_factor FROM production_option_effect_resource r
				JOIN production_option_effect e ON e.id = r.effect_id JOIN production_option o ON o.id = e.option_id
				WHERE r.tenant_id = ? AND o.product_id = ? ORDER BY r.effect_id, r.position""")
			.params(t, h.id())
			.query((rs) -> {
				resources.computeIfAbsent(rs.getObject("effect_id", UUID.class), (k) -> new ArrayList<>())
					.add(new ProductDraft.Resource(rs.getObject("resource_id", UUID.class),
							plain(rs.getBigDecimal("speed_factor"))));
			});
		Map<UUID, List<ProductDraft.Effect>> effects = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.* FROM production_option_effect e JOIN production_option o ON o.id = e.option_id
				WHERE e.tenant_id = ? AND o.product_id = ? ORDER BY e.option_id, e.position""")
			.params(t, h.id())
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				Integer sequence = rs.getObject("sequence_number", Integer.class);
				effects.computeIfAbsent(rs.getObject("option_id", UUID.class), (k) -> new ArrayList<>())
					.add(new ProductDraft.Effect(rs.getString("kind"), rs.getObject("component_item_id", UUID.class),
							rs.getObject("replaced_item_id", UUID.class), plain(rs.getBigDecimal("quantity")), sequence,
							rs.getString("operation_code"), rs.getString("operation_name"),
							rs.getObject("work_centre_id", UUID.class), resources.getOrDefault(id, List.of()),
							plain(rs.getBigDecimal("setup_minutes")), plain(rs.getBigDecimal("run_seconds_per_unit")),
							plain(rs.getBigDecimal("transfer_batch")), plain(rs.getBigDecimal("factor"))));
			});
		Map<UUID, List<ProductDraft.Option>> options = new HashMap<>();
		this.jdbc
			.sql("SELECT * FROM production_option WHERE tenant_id = ? AND product_id = ? ORDER BY group_id, position")
			.params(t, h.id())
			.query((rs) -> {
				options.computeIfAbsent(rs.getObject("group_id", UUID.class), (k) -> new ArrayList<>())
					.add(new ProductDraft.Option(rs.getString("code"), rs.getString("name"),
							effects.getOrDefault(rs.getObject("id", UUID.class), List.of())));
			});
		List<ProductDraft.Group> groups = this.jdbc
			.sql("SELECT * FROM production_option_group WHERE tenant_id = ? AND product_id = ? ORDER BY position")
			.params(t, h.id())
			.query((rs, n) -> new ProductDraft.Group(rs.getString("code"), rs.getString("name"),
					rs.getBoolean("required"), rs.getBoolean("several"),
					options.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
		List<ProductDraft.Rule> rules = this.jdbc
			.sql("SELECT * FROM production_option_rule WHERE tenant_id = ? AND product_id = ? ORDER BY position")
			.params(t, h.id())
			.query((rs, n) -> new ProductDraft.Rule(rs.getString("kind"), rs.getString("option_code"),
					rs.getString("other_code")))
			.list();
		return new ProductDraft(h.baseItemId(), h.plantId(), h.name(), groups, rules);
	}

	private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 0) ? v.setScale(0) : v;
	}

}
