package io.kaiwu.energy.hint;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Optimisation hints (节能建议): works out, from the last week of data, which flexible loads
 * to move to the valley, which machines draw power while they stand and which compressors
 * leak, each with the money a month it is worth at the site's tariff, and keeps them
 * ranked by that money. Worked out every hour (for every tenant with meters) and on
 * demand; what someone marked done or dismissed stays so.
 */
@Service
public class SavingHints {

	private static final Logger log = LoggerFactory.getLogger(SavingHints.class);

	/** The data looked at: as far back as telemetry may be back-filled. */
	static final Duration LOOKBACK = Duration.ofDays(7);

	private final LeakFinder leaks;

	private final IdleFinder idle;

	private final ValleyFinder valley;

	private final SuggestionRecords records;

	private final ManagingMeters meters;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	SavingHints(LeakFinder leaks, IdleFinder idle, ValleyFinder valley, SuggestionRecords records,
			ManagingMeters meters, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.leaks = leaks;
		this.idle = idle;
		this.valley = valley;
		this.records = records;
		this.meters = meters;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Works the tenant's suggestions out again from the last week's data. */
	public List<Suggestion> recompute(TenantId tenant) {
		Instant to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		Instant from = to.minus(LOOKBACK);
		synchronized (this) {
			this.transactions.executeWithoutResult((tx) -> {
				List<Finding> found = new ArrayList<>();
				found.addAll(this.leaks.find(tenant, from, to));
				found.addAll(this.idle.find(tenant, from, to));
				found.addAll(this.valley.find(tenant, from, to));
				Set<String> keys = new HashSet<>();
				Instant now = Instant.now();
				for (Finding f : found) {
					this.records.save(f, now);
					keys.add(SuggestionRecords.key(f));
				}
				this.records.dropOpenNotIn(tenant, keys);
			});
		}
		return list(tenant, null, null);
	}

	/** Every hour, every tenant that meters anything. */
	@Scheduled(cron = "${kaiwu.energy.hints-cron:0 7 * * * *}")
	void hourly() {
		Set<TenantId> tenants = new HashSet<>();
		this.meters.onCounters().stream().map(Meter::tenant).forEach(tenants::add);
		for (TenantId tenant : tenants) {
			try {
				recompute(tenant);
			}
			catch (RuntimeException ex) {
				log.warn("Energy hints of tenant {} not worked out: {}", tenant.value(), ex.toString());
			}
		}
	}

	/**
	 * The tenant's suggestions, the most money a month first.
	 * @param state OPEN, DONE or DISMISSED; all when left out
	 * @param kind SHIFT_TO_VALLEY, SWITCH_OFF_IDLE or FIX_LEAK; all when left out
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> list(TenantId tenant, @Nullable String state, @Nullable String kind) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		SuggestionState s = parse(SuggestionState.class, state, "state", errors);
		SuggestionKind k = parse(SuggestionKind.class, kind, "kind", errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return this.records.list(tenant)
			.stream()
			.filter((x) -> s == null || x.state() == s)
			.filter((x) -> k == null || x.finding().kind() == k)
			.toList();
	}

	@Transactional(readOnly = true)
	public Suggestion get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("energy-suggestion", id));
	}

	/**
	 * Marks a suggestion open, done or dismissed. Audited ({@code energy-suggestion}).
	 */
	@Transactional
	public Suggestion mark(TenantId tenant, UUID id, @Nullable String state) {
		Suggestion suggestion = get(tenant, id);
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		SuggestionState to = parse(SuggestionState.class, state, "state", errors);
		if (to == null) {
			if (errors.isEmpty()) {
				errors.add(new KaiwuProblem.FieldError("state", "energy.hint.problem.state-required"));
			}
			throw new KaiwuProblem.InvalidInput(errors);
		}
		this.records.setState(tenant, id, to, Instant.now());
		this.events.publishEvent(ChangeRecorded.updated(tenant, "energy-suggestion", id,
				Map.of("state", suggestion.state().name()), Map.of("state", to.name())));
		return get(tenant, id);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text, String field,
			List<KaiwuProblem.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new KaiwuProblem.FieldError(field, "energy.hint.problem." + field, text));
			return null;
		}
	}

}
