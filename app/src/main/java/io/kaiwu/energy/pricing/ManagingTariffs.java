package io.kaiwu.energy.pricing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.energy.tariff.InvalidTariff;
import io.kaiwu.energy.tariff.Season;
import io.kaiwu.energy.tariff.TariffProblem;
import io.kaiwu.energy.tariff.TariffSplit;
import io.kaiwu.energy.tariff.TimeBand;
import io.kaiwu.energy.tariff.TouPeriod;
import io.kaiwu.energy.tariff.TouTariff;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing and applying the tenant's time-of-use tariffs. A new tariff is
 * checked field by field, then by the kernel, which names every month and hour range
 * covered twice or not at all and every period without a price. Audited
 * ({@code energy-tariff}).
 */
@Service
public class ManagingTariffs {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

	private final TariffRecords records;

	private final ApplicationEventPublisher events;

	private final EnterpriseStructure structure;

	ManagingTariffs(TariffRecords records, ApplicationEventPublisher events, EnterpriseStructure structure) {
		this.records = records;
		this.events = events;
		this.structure = structure;
	}

	/**
	 * Makes a tariff the one a site buys its electricity under (one per site); the site's
	 * consumption is priced with it. Audited ({@code energy-site-tariff}).
	 */
	@Transactional
	public void assignToSite(TenantId tenant, UUID tariffId, UUID siteId) {
		StoredTariff tariff = get(tenant, tariffId);
		StructureNode site = this.structure.findNode(tenant, siteId)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("siteId", "problem.energy.unknown-node", siteId));
		if (site.level() != NodeLevel.SITE) {
			throw new KaiwuProblem.InvalidInput("siteId", "problem.energy.not-a-site", site.code());
		}
		this.records.assignSite(tenant, siteId, tariffId);
		this.events.publishEvent(ChangeRecorded.created(tenant, "energy-site-tariff", siteId,
				Map.of("site", site.code(), "tariff", tariff.code())));
	}

	/** The tariff a site buys its electricity under, if one was set. */
	@Transactional(readOnly = true)
	public Optional<StoredTariff> ofSite(TenantId tenant, UUID siteId) {
		return this.records.tariffOfSite(tenant, siteId).flatMap((id) -> this.records.find(tenant, id));
	}

	@Transactional(readOnly = true)
	public List<StoredTariff> list(TenantId tenant) {
		return this.records.ofTenant(tenant);
	}

	@Transactional(readOnly = true)
	public StoredTariff get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("energy-tariff", id));
	}

	@Transactional
	public StoredTariff create(TenantId tenant, TariffDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = FieldChecks.required(draft.code(), "code", 64, errors);
		if (code != null && !CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "problem.energy.code-format", code));
		}
		else if (code != null && this.records.codeTaken(tenant, code)) {
			errors.add(new FieldError("code", "problem.energy.tariff-code-taken", code));
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		LocalDate validFrom = date(draft.validFrom(), errors);
		String source = FieldChecks.optional(draft.source(), "source", 500, errors);
		Map<TouPeriod, BigDecimal> prices = prices(draft.prices(), errors);
		List<Season> seasons = seasons(draft.seasons(), errors);
		if (errors.isEmpty()) {
			try {
				TouTariff.of(name, prices, seasons);
			}
			catch (InvalidTariff refused) {
				refused.problems().forEach((problem) -> errors.add(error(problem)));
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		StoredTariff tariff = new StoredTariff(UUID.randomUUID(), tenant, code, name, validFrom, source, prices,
				seasons, Instant.now());
		this.records.insert(tariff);
		this.events.publishEvent(ChangeRecorded.created(tenant, "energy-tariff", tariff.id(), audited(tariff)));
		return tariff;
	}

	/**
	 * What [start, end) cost under a tariff, split over its periods in proportion to
	 * time.
	 * @param timeZone the zone the tariff's hours are read in, Asia/Shanghai when left
	 * out
	 */
	@Transactional(readOnly = true)
	public TariffSplit cost(TenantId tenant, UUID id, @Nullable String start, @Nullable String end,
			@Nullable BigDecimal kWh, @Nullable String timeZone) {
		StoredTariff tariff = get(tenant, id);
		List<FieldError> errors = new ArrayList<>();
		Instant from = requiredInstant(start, "start", errors);
		Instant to = requiredInstant(end, "end", errors);
		if (from != null && to != null && !to.isAfter(from)) {
			errors.add(new FieldError("end", "problem.energy.end-after-start", end, start));
		}
		if (kWh == null) {
			errors.add(new FieldError("kWh", "problem.field.required"));
		}
		else if (kWh.signum() < 0) {
			errors.add(new FieldError("kWh", "problem.energy.not-negative", kWh));
		}
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		if (!FieldChecks.blank(timeZone)) {
			try {
				zone = ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException ex) {
				errors.add(new FieldError("timeZone", "problem.energy.time-zone", timeZone));
			}
		}
		if (!errors.isEmpty() || from == null || to == null || kWh == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return tariff.tariff().split(from, to, kWh, zone);
	}

	private static @Nullable Instant requiredInstant(@Nullable String value, String field, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		return FieldChecks.instant(value, field, errors);
	}

	private static @Nullable LocalDate date(@Nullable String value, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			errors.add(new FieldError("validFrom", "problem.field.required"));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("validFrom", "problem.energy.date", value));
			return null;
		}
	}

	private static Map<TouPeriod, BigDecimal> prices(@Nullable Map<String, BigDecimal> given, List<FieldError> errors) {
		Map<TouPeriod, BigDecimal> prices = new EnumMap<>(TouPeriod.class);
		if (given == null || given.isEmpty()) {
			errors.add(new FieldError("prices", "problem.field.required"));
			return prices;
		}
		given.forEach((period, price) -> {
			TouPeriod known = FieldChecks.choice(TouPeriod.class, period, "prices", errors);
			if (known != null && price == null) {
				errors.add(new FieldError("prices", "problem.energy.tariff.no-price", known.name()));
			}
			else if (known != null) {
				prices.put(known, price);
			}
		});
		return prices;
	}

	private static List<Season> seasons(@Nullable List<TariffDraft.SeasonDraft> drafts, List<FieldError> errors) {
		if (drafts == null || drafts.isEmpty()) {
			errors.add(new FieldError("seasons", "problem.field.required"));
			return List.of();
		}
		List<Season> seasons = new ArrayList<>();
		for (int s = 0; s < drafts.size(); s++) {
			TariffDraft.SeasonDraft draft = drafts.get(s);
			String field = "seasons[" + s + "]";
			String name = FieldChecks.required(draft.name(), field + ".name", 100, errors);
			Set<Month> months = EnumSet.noneOf(Month.class);
			if (draft.months() == null || draft.months().isEmpty()) {
				errors.add(new FieldError(field + ".months", "problem.field.required"));
			}
			else {
				for (Integer month : draft.months()) {
					if (month == null || month < 1 || month > 12) {
						errors.add(new FieldError(field + ".months", "problem.energy.month", String.valueOf(month)));
					}
					else {
						months.add(Month.of(month));
					}
				}
			}
			List<TimeBand> bands = new ArrayList<>();
			List<TariffDraft.BandDraft> bandDrafts = (draft.bands() != null) ? draft.bands() : List.of();
			if (bandDrafts.isEmpty()) {
				errors.add(new FieldError(field + ".bands", "problem.field.required"));
			}
			for (int b = 0; b < bandDrafts.size(); b++) {
				TariffDraft.BandDraft band = bandDrafts.get(b);
				String bandField = field + ".bands[" + b + "]";
				TouPeriod period = FieldChecks.choice(TouPeriod.class, band.period(), bandField + ".period", errors);
				String from = clock(band.from(), bandField + ".from", false, errors);
				String to = clock(band.to(), bandField + ".to", true, errors);
				if (period != null && from != null && to != null) {
					bands.add(TimeBand.of(period, from, to));
				}
			}
			if (name != null) {
				seasons.add(new Season(name, months, bands));
			}
		}
		return seasons;
	}

	private static @Nullable String clock(@Nullable String value, String field, boolean end, List<FieldError> errors) {
		if (FieldChecks.blank(value)) {
			errors.add(new FieldError(field, "problem.field.required"));
			return null;
		}
		String time = value.strip();
		if (!CLOCK.matcher(time).matches() || (!end && "24:00".equals(time))) {
			errors.add(new FieldError(field, "problem.energy.clock", value));
			return null;
		}
		return time;
	}

	/**
	 * A kernel's refusal as a field error: hours and months under seasons, prices under
	 * prices.
	 */
	private static FieldError error(TariffProblem problem) {
		String key = "problem.energy.tariff." + problem.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String field = switch (problem.kind()) {
			case NO_PRICE, NEGATIVE_PRICE -> "prices";
			default -> "seasons";
		};
		return new FieldError(field, key, problem.where(), problem.from(), problem.to(),
				problem.periods().stream().map(TouPeriod::name).collect(Collectors.joining(", ")));
	}

	private static Map<String, Object> audited(StoredTariff t) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", t.code());
		audit.put("name", t.name());
		audit.put("validFrom", t.validFrom().toString());
		audit.put("source", String.valueOf(t.source()));
		audit.put("prices", t.prices().toString());
		audit.put("seasons", t.seasons()
			.stream()
			.map((s) -> s.name() + " " + s.months() + ": " + s.bands()
				.stream()
				.map((b) -> b.period() + " " + b.from() + "–" + (b.to().equals(LocalTime.MIDNIGHT) ? "24:00" : b.to()))
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; ")));
		return audit;
	}

}
