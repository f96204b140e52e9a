package io.kaiwu.ehs.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ehs_checklist, ehs_checklist_item, ehs_inspection and ehs_inspection_answer tables.
 */
@Repository
class SafetyInspectionRecords {

	private final JdbcClient jdbc;

	SafetyInspectionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Checklist> checklists(TenantId tenant) {
		Map<UUID, List<ChecklistItem>> items = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT i.* FROM ehs_checklist_item i JOIN ehs_checklist c ON c.id = i.checklist_id
				WHERE c.tenant_id = ? ORDER BY i.position""").param(tenant.value()).query((rs, row) -> {
			items.computeIfAbsent(rs.getObject("checklist_id", UUID.class), (c) -> new ArrayList<>()).add(item(rs));
			return null;
		}).list();
		return this.jdbc.sql("SELECT * FROM ehs_checklist WHERE tenant_id = ? ORDER BY code")
			.param(tenant.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Checklist(id, rs.getString("code"), rs.getString("name"),
						rs.getObject("site_id", UUID.class), items.getOrDefault(id, List.of()),
						rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	Optional<Checklist> checklist(TenantId tenant, UUID id) {
		return checklists(tenant).stream().filter((c) -> c.id().equals(id)).findFirst();
	}

	boolean codeTaken(TenantId tenant, String code) {
		return this.jdbc.sql("SELECT COUNT(*) FROM ehs_checklist WHERE tenant_id = ? AND code = ?")
			.params(tenant.value(), code)
			.query(Integer.class)
			.single() > 0;
	}

	void insert(TenantId tenant, Checklist c) {
		this.jdbc.sql("""
				INSERT INTO ehs_checklist (id, tenant_id, code, name, site_id, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), tenant.value(), c.code(), c.name(), c.siteId(), c.createdBy(),
					Timestamp.from(c.createdAt()))
			.update();
		for (ChecklistItem i : c.items()) {
			this.jdbc.sql("""
					INSERT INTO ehs_checklist_item (id, checklist_id, position, item_text, category, legal_basis)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(i.id(), c.id(), i.position(), i.text(), i.category(), i.legalBasis())
				.update();
		}
	}

	List<Inspection> inspections(TenantId tenant) {
		Map<UUID, List<Answer>> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT a.* FROM ehs_inspection_answer a
				JOIN ehs_inspection n ON n.id = a.inspection_id
				JOIN ehs_checklist_item i ON i.id = a.item_id
				WHERE n.tenant_id = ? ORDER BY i.position""").param(tenant.value()).query((rs, row) -> {
			answers.computeIfAbsent(rs.getObject("inspection_id", UUID.class), (n) -> new ArrayList<>())
				.add(new Answer(rs.getObject("item_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
						rs.getString("note")));
			return null;
		}).list();
		return this.jdbc
			.sql("SELECT * FROM ehs_inspection WHERE tenant_id = ? ORDER BY inspected_on DESC, created_at DESC")
			.param(tenant.value())
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Inspection(id, rs.getObject("checklist_id", UUID.class), rs.getObject("site_id", UUID.class),
						rs.getObject("hazard_source_id", UUID.class),
						rs.getObject("inspected_on", java.time.LocalDate.class), rs.getString("inspector"),
						answers.getOrDefault(id, List.of()), rs.getString("created_by"),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	void insert(TenantId tenant, Inspection n) {
		this.jdbc.sql("""
				INSERT INTO ehs_inspection (id, tenant_id, checklist_id, site_id, hazard_source_id, inspected_on,
				    inspector, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(n.id(), tenant.value(), n.checklistId(), n.siteId(), n.hazardSourceId(), n.inspectedOn(),
					n.inspector(), n.createdBy(), Timestamp.from(n.createdAt()))
			.update();
		for (Answer a : n.answers()) {
			this.jdbc
				.sql("INSERT INTO ehs_inspection_answer (inspection_id, item_id, outcome, note) VALUES (?, ?, ?, ?)")
				.params(n.id(), a.itemId(), a.outcome().name(), a.note())
				.update();
		}
	}

	private static ChecklistItem item(ResultSet rs) throws SQLException {
		return new ChecklistItem(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("item_text"),
				rs.getString("category"), rs.getString("legal_basis"));
	}

}
