package io.kaiwu.device.thingmodel;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DataType;
import io.kaiwu.device.EventDefinition;
import io.kaiwu.device.EventLevel;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The device_type table and its thing model (device_property, device_event,
 * device_service): every query names the tenant first. A changed thing model replaces the
 * stored one as a whole.
 */
@Repository
class DeviceTypes {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DeviceTypes(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private record Row(UUID id, UUID tenant, String code, String nameZh, String nameEn, String description,
			java.time.Instant createdAt, java.time.Instant updatedAt) {
	}

	Optional<DeviceType> find(UUID tenant, UUID id) {
		return withModels(tenant,
				this.jdbc.sql("SELECT * FROM device_type WHERE tenant_id = ? AND id = ?")
					.params(tenant, id)
					.query(DeviceTypes::row)
					.list())
			.stream()
			.findFirst();
	}

	Optional<DeviceType> findByCode(UUID tenant, String code) {
		return withModels(tenant,
				this.jdbc.sql("SELECT * FROM device_type WHERE tenant_id = ? AND code = ?")
					.params(tenant, code)
					.query(DeviceTypes::row)
					.list())
			.stream()
			.findFirst();
	}

	List<DeviceType> page(UUID tenant, @Nullable String q, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, params);
		params.add(page.size());
		params.add(page.offset());
		return withModels(tenant,
				this.jdbc
					.sql("SELECT * FROM device_type WHERE tenant_id = ?" + where + " ORDER BY code LIMIT ? OFFSET ?")
					.params(params)
					.query(DeviceTypes::row)
					.list());
	}

	long count(UUID tenant, @Nullable String q) {
		List<Object> params = new ArrayList<>();
		String where = filter(tenant, q, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM device_type WHERE tenant_id = ?" + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Every type of the tenant without its thing model, ordered by code: id by code. */
	Map<String, UUID> codes(UUID tenant) {
		Map<String, UUID> codes = new HashMap<>();
		this.jdbc.sql("SELECT id, code FROM device_type WHERE tenant_id = ?")
			.param(tenant)
			.query((rs, n) -> codes.put(rs.getString("code"), rs.getObject("id", UUID.class)))
			.list();
		return codes;
	}

	boolean codeTaken(UUID tenant, String code, UUID except) {
		return this.jdbc.sql("SELECT COUNT(*) FROM device_type WHERE tenant_id = ? AND code = ? AND id <> ?")
			.params(tenant, code, except)
			.query(Long.class)
			.single() > 0;
	}

	long devicesOfType(UUID tenant, UUID type) {
		return this.jdbc.sql("SELECT COUNT(*) FROM device WHERE tenant_id = ? AND type_id = ?")
			.params(tenant, type)
			.query(Long.class)
			.single();
	}

	void insert(DeviceType type) {
		this.jdbc.sql("""
				INSERT INTO device_type (id, tenant_id, code, name_zh, name_en, description, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(type.id(), type.tenant(), type.code(), type.nameZh(), type.nameEn(), type.description(),
					Timestamp.from(type.createdAt()), Timestamp.from(type.updatedAt()))
			.update();
		insertModel(type);
	}

	void update(DeviceType type) {
		this.jdbc.sql("""
				UPDATE device_type SET code = ?, name_zh = ?, name_en = ?, description = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(type.code(), type.nameZh(), type.nameEn(), type.description(), Timestamp.from(type.updatedAt()),
					type.tenant(), type.id())
			.update();
		deleteModel(type);
		insertModel(type);
	}

	void delete(DeviceType type) {
		deleteModel(type);
		this.jdbc.sql("DELETE FROM device_type WHERE tenant_id = ? AND id = ?")
			.params(type.tenant(), type.id())
			.update();
	}

	private void deleteModel(DeviceType type) {
		for (String table : List.of("device_property", "device_event", "device_service")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = ? AND type_id = ?")
				.params(type.tenant(), type.id())
				.update();
		}
	}

	private void insertModel(DeviceType type) {
		ThingModel model = type.model();
		for (int i = 0; i < model.properties().size(); i++) {
			PropertyDefinition p = model.properties().get(i);
			this.jdbc.sql("""
					INSERT INTO device_property (id, tenant_id, type_id, sort_order, identifier, name_zh, name_en,
					    data_type, unit, min_value, max_value, decimal_places, enum_values, writable)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), type.tenant(), type.id(), i, p.identifier(), p.nameZh(), p.nameEn(),
						p.dataType().name(), p.unit(), p.min(), p.max(), p.precision(),
						this.json.writeValueAsString(p.enumValues()), p.writable())
				.update();
		}
		for (int i = 0; i < model.events().size(); i++) {
			EventDefinition e = model.events().get(i);
			this.jdbc.sql("""
					INSERT INTO device_event (id, tenant_id, type_id, sort_order, identifier, name_zh, name_en,
					    event_level, outputs)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), type.tenant(), type.id(), i, e.identifier(), e.nameZh(), e.nameEn(),
						e.level().name(), this.json.writeValueAsString(ThingModelJson.parameters(e.outputs())))
				.update();
		}
		for (int i = 0; i < model.services().size(); i++) {
			ServiceDefinition s = model.services().get(i);
			this.jdbc.sql("""
					INSERT INTO device_service (id, tenant_id, type_id, sort_order, identifier, name_zh, name_en,
					    inputs, outputs)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), type.tenant(), type.id(), i, s.identifier(), s.nameZh(), s.nameEn(),
						this.json.writeValueAsString(ThingModelJson.parameters(s.inputs())),
						this.json.writeValueAsString(ThingModelJson.parameters(s.outputs())))
				.update();
		}
	}

	/**
	 * Loads the thing models of the given types: three queries, whatever their number.
	 */
	private List<DeviceType> withModels(UUID tenant, List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Object> params = new ArrayList<>();
		params.add(tenant);
		rows.forEach((r) -> params.add(r.id()));
		String in = " WHERE tenant_id = ? AND type_id IN (" + String.join(", ", rows.stream().map((r) -> "?").toList())
				+ ") ORDER BY type_id, sort_order";
		Map<UUID, List<PropertyDefinition>> properties = new HashMap<>();
		this.jdbc.sql("SELECT * FROM device_property" + in).params(params).query((rs, n) -> {
			BigDecimal min = rs.getBigDecimal("min_value");
			BigDecimal max = rs.getBigDecimal("max_value");
			Object places = rs.getObject("decimal_places");
			PropertyDefinition p = new PropertyDefinition(rs.getString("identifier"), rs.getString("name_zh"),
					rs.getString("name_en"), DataType.valueOf(rs.getString("data_type")), rs.getString("unit"),
					strip(min), strip(max), (places == null) ? null : ((Number) places).intValue(),
					ThingModelJson.strings(this.json.readTree(rs.getString("enum_values"))), rs.getBoolean("writable"));
			properties.computeIfAbsent(rs.getObject("type_id", UUID.class), (k) -> new ArrayList<>()).add(p);
			return p;
		}).list();
		Map<UUID, List<EventDefinition>> events = new HashMap<>();
		this.jdbc.sql("SELECT * FROM device_event" + in).params(params).query((rs, n) -> {
			EventDefinition e = new EventDefinition(rs.getString("identifier"), rs.getString("name_zh"),
					rs.getString("name_en"), EventLevel.valueOf(rs.getString("event_level")),
					ThingModelJson.parameters(this.json.readTree(rs.getString("outputs"))));
			events.computeIfAbsent(rs.getObject("type_id", UUID.class), (k) -> new ArrayList<>()).add(e);
			return e;
		}).list();
		Map<UUID, List<ServiceDefinition>> services = new HashMap<>();
		this.jdbc.sql("SELECT * FROM device_service" + in).params(params).query((rs, n) -> {
			ServiceDefinition s = new ServiceDefinition(rs.getString("identifier"), rs.getString("name_zh"),
					rs.getString("name_en"), ThingModelJson.parameters(this.json.readTree(rs.getString("inputs"))),
					ThingModelJson.parameters(this.json.readTree(rs.getString("outputs"))));
			services.computeIfAbsent(rs.getObject("type_id", UUID.class), (k) -> new ArrayList<>()).add(s);
			return s;
		}).list();
		return rows.stream()
			.map((r) -> new DeviceType(r.id(), r.tenant(), r.code(), r.nameZh(), r.nameEn(), r.description(),
					new ThingModel(properties.getOrDefault(r.id(), List.of()), events.getOrDefault(r.id(), List.of()),
							services.getOrDefault(r.id(), List.of())),
					r.createdAt(), r.updatedAt()))
			.toList();
	}

	/** NUMERIC(38, 10) answers 12000.0000000000; the model keeps 12000. */
	private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("code"),
				rs.getString("name_zh"), rs.getString("name_en"), rs.getString("description"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static String filter(UUID tenant, @Nullable String q, List<Object> params) {
		params.add(tenant);
		if (q == null || q.isBlank()) {
			return "";
		}
		String like = "%"
				+ q.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		params.add(like);
		params.add(like);
		params.add(like);
		return " AND (LOWER(code) LIKE ? ESCAPE '\\' OR LOWER(name_zh) LIKE ? ESCAPE '\\' OR LOWER(name_en) LIKE ? ESCAPE '\\')";
	}

}
