package io.kaiwu.quality.defect;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's defect code tree: categories and codes of any depth, each with a Chinese
 * and an English name. A code is unique in the tenant; a parent that lies below the node
 * itself (a cycle) is refused, and so is deleting a node that has children or defects
 * recorded against it. Changes are audited ({@code quality-defect-code}).
 */
@Service
public class DefectCodes {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DefectCodes(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * What a client sends to create or change a code.
	 *
	 * @param code the short code
	 * @param nameZh the Chinese name
	 * @param nameEn the English name
	 * @param parentId the category above; {@literal null} for a top category
	 */
	public record Draft(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable UUID parentId) {
	}

	private record Row(UUID id, @Nullable UUID parentId, String code, String nameZh, String nameEn, Instant createdAt,
			Instant updatedAt) {
	}

	/** The whole tree, each parent before its children, siblings by code. */
	@Transactional(readOnly = true)
	public List<DefectCode> tree(TenantId tenant) {
		List<Row> rows = rows(tenant);
		Map<UUID, List<Row>> children = new HashMap<>();
		List<Row> roots = new ArrayList<>();
		for (Row r : rows) {
			if (r.parentId() == null) {
				roots.add(r);
			}
			else {
				children.computeIfAbsent(r.parentId(), (k) -> new ArrayList<>()).add(r);
			}
		}
		List<DefectCode> out = new ArrayList<>();
		for (Row root : roots) {
			walk(root, 0, children, out);
		}
		return out;
	}

	private static void walk(Row row, int depth, Map<UUID, List<Row>> children, List<DefectCode> out) {
		out.add(new DefectCode(row.id(), row.parentId(), row.code(), row.nameZh(), row.nameEn(), depth, row.createdAt(),
				row.updatedAt()));
		for (Row child : children.getOrDefault(row.id(), List.of())) {
			walk(child, depth + 1, children, out);
		}
	}

	@Transactional(readOnly = true)
	public DefectCode get(TenantId tenant, UUID id) {
		return tree(tenant).stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("defect-code", id));
	}

	@Transactional
	public DefectCode create(TenantId tenant, Draft draft) {
		Draft d = checked(tenant, null, draft);
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("""
					INSERT INTO quality_defect_code (id, tenant_id, parent_id, code, name_zh, name_en, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), d.parentId(), d.code(), d.nameZh(), d.nameEn(), now, now)
			.update();
		DefectCode created = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "quality-defect-code", id, audited(created)));
		return created;
	}

	@Transactional
	public DefectCode update(TenantId tenant, UUID id, Draft draft) {
		DefectCode before = get(tenant, id);
		Draft d = checked(tenant, id, draft);
		this.jdbc.sql("""
				UPDATE quality_defect_code SET parent_id = ?, code = ?, name_zh = ?, name_en = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(d.parentId(), d.code(), d.nameZh(), d.nameEn(), Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
		DefectCode after = get(tenant, id);
		this.events
			.publishEvent(ChangeRecorded.updated(tenant, "quality-defect-code", id, audited(before), audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		DefectCode code = get(tenant, id);
		long children = this.jdbc.sql("SELECT COUNT(*) FROM quality_defect_code WHERE tenant_id = ? AND parent_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
		if (children > 0) {
			throw new KaiwuProblem.Conflict("quality.defect.problem.code-has-children", code.code(), children);
		}
		long used = this.jdbc.sql("SELECT COUNT(*) FROM quality_defect_record WHERE tenant_id = ? AND code_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
		if (used > 0) {
			throw new KaiwuProblem.Conflict("quality.defect.problem.code-in-use", code.code(), used);
		}
		this.jdbc.sql("DELETE FROM quality_defect_code WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "quality-defect-code", id, audited(code)));
	}

	/** Checks the draft before anything is written, so no half-done change is left. */
	private Draft checked(TenantId tenant, @Nullable UUID self, Draft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String code = (draft.code() != null) ? draft.code().strip() : "";
		if (!CODE.matcher(code).matches()) {
			errors.add(new KaiwuProblem.FieldError("code", "quality.defect.problem.code-format"));
		}
		String zh = name(draft.nameZh(), "nameZh", errors);
		String en = name(draft.nameEn(), "nameEn", errors);
		Map<UUID, Row> byId = new HashMap<>();
		rows(tenant).forEach((r) -> byId.put(r.id(), r));
		if (draft.parentId() != null && !byId.containsKey(draft.parentId())) {
			errors.add(
					new KaiwuProblem.FieldError("parentId", "quality.defect.problem.parent-unknown", draft.parentId()));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		for (Row r : byId.values()) {
			if (r.code().equalsIgnoreCase(code) && !r.id().equals(self)) {
				throw new KaiwuProblem.Conflict("quality.defect.problem.code-taken", code);
			}
		}
		if (self != null && draft.parentId() != null) {
			// walk up from the new parent: meeting the node itself would close a cycle
			Set<UUID> seen = new HashSet<>();
			for (UUID at = draft.parentId(); at != null && seen.add(at); at = byId.get(at).parentId()) {
				if (at.equals(self)) {
					throw new KaiwuProblem.Conflict("quality.defect.problem.cycle", code,
							byId.get(draft.parentId()).code());
				}
			}
		}
		return new Draft(code, zh, en, draft.parentId());
	}

	private static String name(@Nullable String value, String field, List<KaiwuProblem.FieldError> errors) {
		String name = (value != null) ? value.strip() : "";
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new KaiwuProblem.FieldError(field, "quality.defect.problem.name"));
		}
		return name;
	}

	private List<Row> rows(TenantId tenant) {
		return this.jdbc.sql("""
				SELECT id, parent_id, code, name_zh, name_en, created_at, updated_at FROM quality_defect_code
				WHERE tenant_id = ? ORDER BY code""")
			.params(tenant.value())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
					rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private static Map<String, Object> audited(DefectCode c) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", c.code());
		audit.put("nameZh", c.nameZh());
		audit.put("nameEn", c.nameEn());
		audit.put("parentId", (c.parentId() != null) ? c.parentId().toString() : null);
		return audit;
	}

}
