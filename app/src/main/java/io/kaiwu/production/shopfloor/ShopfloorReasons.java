package io.kaiwu.production.shopfloor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's catalogue of pause and scrap reasons. A tenant starts with the common ones
 * (material missing, waiting for inspection, tool change, setup, breakdown, … and out of
 * tolerance, surface defect, …), named from the bundle in both languages, and edits them:
 * adds its own, renames, reorders, deactivates. Codes never change, since reports keep
 * them. Audited as {@code production-shopfloor-reason}.
 */
@Service
public class ShopfloorReasons {

	static final String AUDITED = "production-shopfloor-reason";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");

	/** The pause reasons a tenant starts with; the first is a breakdown. */
	private static final List<String> PAUSE_DEFAULTS = List.of("BREAKDOWN", "MATERIAL", "INSPECTION", "TOOL_CHANGE",
			"SETUP", "NO_OPERATOR", "BREAK", "OTHER");

	private static final List<String> SCRAP_DEFAULTS = List.of("DIMENSION", "SURFACE", "MATERIAL_DEFECT", "SETUP_SCRAP",
			"OTHER");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final TransactionTemplate separately;

	private final ApplicationEventPublisher events;

	ShopfloorReasons(JdbcClient jdbc, MessageSource messages, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.events = events;
	}

	/** The tenant's reasons of a kind, active and inactive, in picker order. */
	public List<Reason> list(TenantId tenant, Reason.Kind kind) {
		seed(tenant);
		return this.jdbc.sql("""
				SELECT * FROM production_shopfloor_reason WHERE tenant_id = ? AND kind = ?
				ORDER BY sort_order, code""").params(tenant.value(), kind.name()).query((rs, n) -> row(rs)).list();
	}

	/** The reasons operators may pick. */
	public List<Reason> active(TenantId tenant, Reason.Kind kind) {
		return list(tenant, kind).stream().filter(Reason::active).toList();
	}

	/** An active reason by its code. */
	public Optional<Reason> active(TenantId tenant, Reason.Kind kind, String code) {
		seed(tenant);
		return this.jdbc
			.sql("SELECT * FROM production_shopfloor_reason WHERE tenant_id = ? AND kind = ? AND code = ? AND active")
			.params(tenant.value(), kind.name(), code)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Adds a reason; a code already used for the kind is refused. */
	public Reason add(TenantId tenant, ReasonDraft draft) {
		seed(tenant);
		List<FieldError> errors = new ArrayList<>();
		Reason.Kind kind = null;
		try {
			kind = Reason.Kind.valueOf(String.valueOf(draft.kind()).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError("kind", "shopfloor.problem.reason-kind", String.valueOf(draft.kind())));
		}
		String code = (draft.code() != null) ? draft.code().strip() : "";
		if (!CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "shopfloor.problem.reason-code"));
		}
		String nameZh = name(draft.nameZh(), "nameZh", true, errors);
		String nameEn = name(draft.nameEn(), "nameEn", false, errors);
		if (kind != null && errors.isEmpty() && exists(tenant, kind, code)) {
			errors.add(new FieldError("code", "shopfloor.problem.reason-code-taken", code));
		}
		if (!errors.isEmpty() || kind == null || nameZh == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		int order = (draft.sortOrder() != null) ? draft.sortOrder() : nextOrder(tenant, kind);
		Reason reason = new Reason(UUID.randomUUID(), kind, code, nameZh, nameEn,
				Boolean.TRUE.equals(draft.breakdown()), !Boolean.FALSE.equals(draft.active()), order);
		this.separately.executeWithoutResult((tx) -> {
			insert(tenant, reason);
			this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, reason.id(), reason));
		});
		return reason;
	}

	/** Renames, reorders, marks as breakdown or (de)activates a reason. */
	public Reason change(TenantId tenant, UUID id, ReasonDraft draft) {
		Reason before = this.jdbc.sql("SELECT * FROM production_shopfloor_reason WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query((rs, n) -> row(rs))
			.optional()
			.orElseThrow(() -> new KaiwuProblem.NotFound("shopfloor-reason", id));
		List<FieldError> errors = new ArrayList<>();
		String nameZh = (draft.nameZh() != null) ? name(draft.nameZh(), "nameZh", true, errors) : before.nameZh();
		String nameEn = (draft.nameEn() != null) ? name(draft.nameEn(), "nameEn", false, errors) : before.nameEn();
		if (!errors.isEmpty() || nameZh == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Reason after = new Reason(id, before.kind(), before.code(), nameZh, nameEn,
				(draft.breakdown() != null) ? draft.breakdown() : before.breakdown(),
				(draft.active() != null) ? draft.active() : before.active(),
				(draft.sortOrder() != null) ? draft.sortOrder() : before.sortOrder());
		this.separately.executeWithoutResult((tx) -> {
			this.jdbc.sql("""
					UPDATE production_shopfloor_reason SET name_zh = ?, name_en = ?, breakdown = ?, active = ?,
					    sort_order = ? WHERE tenant_id = ? AND id = ?""")
				.params(after.nameZh(), after.nameEn(), after.breakdown(), after.active(), after.sortOrder(),
						tenant.value(), id)
				.update();
			this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, before, after));
		});
		return after;
	}

	/**
	 * Gives a tenant without any reason the common ones, in a transaction of its own: two
	 * first requests at once both try, one wins, the other finds them.
	 */
	private void seed(TenantId tenant) {
		Long count = this.jdbc.sql("SELECT COUNT(*) FROM production_shopfloor_reason WHERE tenant_id = ?")
			.params(tenant.value())
			.query(Long.class)
			.single();
		if (count > 0) {
			return;
		}
		try {
			this.separately.executeWithoutResult((tx) -> {
				seedKind(tenant, Reason.Kind.PAUSE, PAUSE_DEFAULTS);
				seedKind(tenant, Reason.Kind.SCRAP, SCRAP_DEFAULTS);
			});
		}
		catch (DuplicateKeyException ex) {
			// another request seeded them a moment ago
		}
	}

	private void seedKind(TenantId tenant, Reason.Kind kind, List<String> codes) {
		int order = 10;
		for (String code : codes) {
			String key = "shopfloor.reason." + kind.name().toLowerCase(Locale.ROOT) + "." + code;
			insert(tenant,
					new Reason(UUID.randomUUID(), kind, code, this.messages.getMessage(key, null, Locale.CHINA),
							this.messages.getMessage(key, null, Locale.ENGLISH),
							kind == Reason.Kind.PAUSE && "BREAKDOWN".equals(code), true, order));
			order += 10;
		}
	}

	private void insert(TenantId tenant, Reason r) {
		this.jdbc.sql("""
				INSERT INTO production_shopfloor_reason (id, tenant_id, kind, code, name_zh, name_en, breakdown, active,
				    sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), tenant.value(), r.kind().name(), r.code(), r.nameZh(), r.nameEn(), r.breakdown(),
					r.active(), r.sortOrder())
			.update();
	}

	private boolean exists(TenantId tenant, Reason.Kind kind, String code) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM production_shopfloor_reason WHERE tenant_id = ? AND kind = ? AND code = ?")
			.params(tenant.value(), kind.name(), code)
			.query(Long.class)
			.single() > 0;
	}

	private int nextOrder(TenantId tenant, Reason.Kind kind) {
		Integer max = this.jdbc
			.sql("SELECT MAX(sort_order) FROM production_shopfloor_reason WHERE tenant_id = ? AND kind = ?")
			.params(tenant.value(), kind.name())
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (max != null) ? max + 10 : 10;
	}

	private static @Nullable String name(@Nullable String value, String field, boolean required,
			List<FieldError> errors) {
		String name = (value != null) ? value.strip() : "";
		if (name.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "shopfloor.problem.reason-name"));
			}
			return null;
		}
		if (name.length() > 100) {
			errors.add(new FieldError(field, "shopfloor.problem.reason-name"));
			return null;
		}
		return name;
	}

	private static Reason row(ResultSet rs) throws SQLException {
		return new Reason(rs.getObject("id", UUID.class), Reason.Kind.valueOf(rs.getString("kind")),
				rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("breakdown"),
				rs.getBoolean("active"), rs.getInt("sort_order"));
	}

}
