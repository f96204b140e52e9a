package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The genealogy's rules on a hand-built lineage: loops are found with the path that
 * closes them, and quantities are held to what a lot has left.
 */
class GenealogyRulesTests {

	/** Forward edges: consumed → made. */
	private final Map<UUID, List<UUID>> madeInto = new HashMap<>();

	private final AtomicInteger levels = new AtomicInteger();

	private void made(UUID from, UUID to) {
		this.madeInto.computeIfAbsent(from, (k) -> new ArrayList<>()).add(to);
	}

	private Map<UUID, List<UUID>> next(Collection<UUID> frontier) {
		this.levels.incrementAndGet();
		Map<UUID, List<UUID>> next = new HashMap<>();
		frontier.forEach((u) -> next.put(u, this.madeInto.getOrDefault(u, List.of())));
		return next;
	}

	@Test
	void findsTheLoopAStepWouldCloseWithItsPath() {
		UUID steel = UUID.randomUUID();
		UUID blank = UUID.randomUUID();
		UUID shaft = UUID.randomUUID();
		made(steel, blank);
		made(blank, shaft);
		// consuming the shaft to make the steel: steel → blank → shaft already exists
		assertThat(GenealogyRules.loop(List.of(shaft), List.of(steel), this::next))
			.contains(List.of(steel, blank, shaft));
	}

	@Test
	void findsAStepThatConsumesWhatItMakes() {
		UUID lot = UUID.randomUUID();
		assertThat(GenealogyRules.loop(List.of(lot), List.of(lot), this::next)).contains(List.of(lot));
	}

	@Test
	void acceptsADiamondWhichIsNoLoop() {
		UUID steel = UUID.randomUUID();
		UUID left = UUID.randomUUID();
		UUID right = UUID.randomUUID();
		UUID assembly = UUID.randomUUID();
		made(steel, left);
		made(steel, right);
		made(left, assembly);
		// the same steel lot reaching the assembly twice, and once more directly
		assertThat(GenealogyRules.loop(List.of(right, steel), List.of(assembly), this::next)).isEmpty();
	}

	@Test
	void checksANewlyMadeLotWithOneLookUp() {
		UUID fresh = UUID.randomUUID();
		UUID material = UUID.randomUUID();
		made(material, UUID.randomUUID());
		assertThat(GenealogyRules.loop(List.of(material), List.of(fresh), this::next)).isEmpty();
		assertThat(this.levels).hasValue(1);
	}

	@Test
	void refusesMoreThanALotHasLeftSayingWhatItHad() {
		TraceUnit coil = unit(Form.LOT, "C-2405", "100");
		UnitBalance balance = new UnitBalance(new BigDecimal("100"), new BigDecimal("60"), new BigDecimal("0"));
		List<FieldError> errors = GenealogyRules.quantities("consumed",
				List.of(new GenealogyRules.Take(0, coil, new BigDecimal("40.5"))), Map.of(coil.id(), balance));
		assertThat(errors).singleElement().satisfies((e) -> {
			assertThat(e.field()).isEqualTo("consumed[0].quantity");
			assertThat(e.messageKey()).isEqualTo("quality.trace.problem.quantity-beyond");
			assertThat(e.args()).containsExactly("C-2405", "40.5", "kg", "40", "100", "60", "0");
		});
	}

	@Test
	void acceptsExactlyWhatIsLeftAfterConsumptionAndDelivery() {
		TraceUnit coil = unit(Form.LOT, "C-2406", "100");
		UnitBalance balance = new UnitBalance(new BigDecimal("100"), new BigDecimal("60.25"), new BigDecimal("9.75"));
		assertThat(GenealogyRules.quantities("lines", List.of(new GenealogyRules.Take(0, coil, new BigDecimal("30"))),
				Map.of(coil.id(), balance)))
			.isEmpty();
		assertThat(GenealogyRules.quantities("lines",
				List.of(new GenealogyRules.Take(0, coil, new BigDecimal("30.0001"))), Map.of(coil.id(), balance)))
			.singleElement()
			.extracting(FieldError::field)
			.isEqualTo("lines[0].quantity");
	}

	@Test
	void takesASerialWholeAndOnlyOnce() {
		TraceUnit serial = unit(Form.SERIAL, "SN-0001", "1");
		UnitBalance fresh = new UnitBalance(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(GenealogyRules.quantities("consumed",
				List.of(new GenealogyRules.Take(0, serial, new BigDecimal("0.5"))), Map.of(serial.id(), fresh)))
			.extracting(FieldError::messageKey)
			.containsExactly("quality.trace.problem.serial-whole");
		UnitBalance used = new UnitBalance(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
		assertThat(GenealogyRules.quantities("consumed", List.of(new GenealogyRules.Take(0, serial, BigDecimal.ONE)),
				Map.of(serial.id(), used)))
			.extracting(FieldError::messageKey)
			.containsExactly("quality.trace.problem.quantity-beyond");
	}

	@Test
	void refusesALotListedTwiceAndAQuantityNotAboveZero() {
		TraceUnit coil = unit(Form.LOT, "C-2407", "10");
		UnitBalance balance = new UnitBalance(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO);
		assertThat(GenealogyRules.quantities("consumed",
				List.of(new GenealogyRules.Take(0, coil, BigDecimal.ONE),
						new GenealogyRules.Take(1, coil, BigDecimal.ONE)),
				Map.of(coil.id(), balance)))
			.extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("consumed[1].unitId", "quality.trace.problem.listed-twice"));
		TraceUnit other = unit(Form.LOT, "C-2408", "10");
		assertThat(GenealogyRules.quantities("consumed", List.of(new GenealogyRules.Take(0, other, BigDecimal.ZERO)),
				Map.of(other.id(), balance)))
			.extracting(FieldError::messageKey)
			.containsExactly("quality.trace.problem.quantity-positive");
	}

	@Test
	void refusesAPurchasedLotAsAStepsOutput() {
		TraceUnit purchased = new TraceUnit(UUID.randomUUID(), TenantId.of(UUID.randomUUID()), Form.LOT,
				Stage.PURCHASED, UUID.randomUUID(), "P-1", BigDecimal.TEN, "kg", UUID.randomUUID(), "SB-1",
				Instant.now(), "KW.1/L0000000000000", null, "t", Instant.now());
		assertThat(GenealogyRules.outputs(List.of(purchased))).extracting(FieldError::messageKey)
			.containsExactly("quality.trace.problem.made-purchased-unit");
	}

	private static TraceUnit unit(Form form, String number, String quantity) {
		return new TraceUnit(UUID.randomUUID(), TenantId.of(UUID.randomUUID()), form, Stage.WIP, UUID.randomUUID(),
				number, new BigDecimal(quantity), "kg", null, null, Instant.now(), "KW.1/L0000000000000", null, "t",
				Instant.now());
	}

}
