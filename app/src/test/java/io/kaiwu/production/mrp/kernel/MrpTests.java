package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.production.mrp.kernel.LotSizing.Rule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MRP on hand-worked cases. June 2026: the 1st is a Monday; the plant works Monday to
 * Friday.
 */
class MrpTests {

	static final LocalDate MON_1 = LocalDate.of(2026, 6, 1);

	static final WorkingCalendar WEEKDAYS = (day) -> day.getDayOfWeek() != DayOfWeek.SATURDAY
			&& day.getDayOfWeek() != DayOfWeek.SUNDAY;

	static final UUID A = item("A");

	static final UUID B = item("B");

	static final UUID C = item("C");

	static final UUID D = item("D");

	private final Map<UUID, ItemPlanning> planning = new HashMap<>();

	private final Map<UUID, BigDecimal> onHand = new HashMap<>();

	private final List<Demand> demands = new ArrayList<>();

	private final List<ScheduledReceipt> receipts = new ArrayList<>();

	private final Map<UUID, BillOfMaterials.Level> boms = new HashMap<>();

	private LocalDate today = MON_1;

	@Test
	void netsAgainstOnHandAndScheduledReceipts() {
		buy(A, 0, LotSizing.LOT_FOR_LOT, "0");
		this.onHand.put(A, dec("30"));
		demand(A, day(2), "40", "CO-1/1");
		demand(A, day(5), "30", "CO-1/2");
		this.receipts.add(new ScheduledReceipt(A, day(3), dec("20"),
				new DemandSource(DemandSource.Kind.PRODUCTION_ORDER, "MO-1", null), null));

		MrpResult result = run();

		// day 2: 30 - 40 = -10 -> 10 planned; day 3: 0 + 20 = 20; day 5: 20 - 30 -> 10
		assertThat(orders(result)).containsExactly("A 10 " + day(2) + "->" + day(2), "A 10 " + day(5) + "->" + day(5));
		ItemRecord a = result.items().get(0);
		assertThat(a.buckets())
			.extracting((b) -> b.date().getDayOfMonth() + ":" + b.gross() + "/" + b.scheduledReceipts() + "/"
					+ b.projectedOnHand() + "/" + b.net() + "/" + b.plannedReceipts())
			.containsExactly("1:0/0/30/0/0", "2:40/0/0/10/10", "3:0/20/20/0/0", "5:30/0/0/10/10");
	}

	@Test
	void keepsTheSafetyStockAndPegsItFirst() {
		buy(A, 0, LotSizing.LOT_FOR_LOT, "20");
		this.onHand.put(A, dec("5"));
		demand(A, day(5), "100", "CO-7/1");

		MrpResult result = run();

		// today: 5 < 20 -> 15 planned; day 5: 20 - 100 = -80 -> 100 planned, 20 left
		assertThat(orders(result)).containsExactly("A 15 " + day(1) + "->" + day(1), "A 100 " + day(5) + "->" + day(5));
		// safety stock takes the 5 on hand and 15 of the first order; the demand takes
		// the rest of nothing left from it and 100 of the second
		assertThat(result.plannedOrders().get(0).pegs()).extracting((p) -> p.demand().kind() + " " + p.quantity())
			.containsExactly("SAFETY_STOCK 15");
		assertThat(result.plannedOrders().get(1).pegs()).extracting((p) -> p.demand().reference() + " " + p.quantity())
			.containsExactly("CO-7/1 100");
		assertThat(result.items().get(0).buckets().get(1).projectedOnHand()).isEqualByComparingTo("20");
	}

	@Test
	void offsetsTheLeadTimeInWorkingDaysAndFlagsLateReleases() {
		buy(A, 3, LotSizing.LOT_FOR_LOT, "0");
		demand(A, day(9), "10", "CO-2/1");
		this.today = day(5);

		MrpResult result = run();

		// Tue 9 less 3 working days: Mon 8, Fri 5, Thu 4 -> released Thursday the 4th,
		// a day before today
		assertThat(orders(result)).containsExactly("A 10 " + day(4) + "->" + day(9));
		assertThat(result.messages()).containsExactly(new MrpMessage(MrpMessage.Kind.LATE_RELEASE, A, day(4), 1));
		assertThat(WorkingCalendar.EVERY_DAY.offset(day(9), 3)).isEqualTo(day(6));
		assertThat(WEEKDAYS.offset(day(4), 0)).isEqualTo(day(4));
	}

	@Test
	void lotForLotOrdersTheNetRequirement() {
		assertThat(lotSized(LotSizing.LOT_FOR_LOT)).containsExactly("A 130 " + day(3) + "->" + day(3),
				"A 40 " + day(4) + "->" + day(4));
	}

	@Test
	void fixedOrderQuantityOrdersWholeLots() {
		// day 3: 130 short -> three lots of 50, 20 left; day 4: 20 - 40 -> one lot, 30
		// left
		assertThat(lotSized(new LotSizing(Rule.FIXED_ORDER_QUANTITY, dec("50")))).containsExactly(
				"A 50 " + day(3) + "->" + day(3), "A 50 " + day(3) + "->" + day(3), "A 50 " + day(3) + "->" + day(3),
				"A 50 " + day(4) + "->" + day(4));
	}

	@Test
	void minimumOrdersAtLeastTheMinimum() {
		// day 3: 130 -> 200, 70 left; day 4: 70 - 40 = 30, nothing to order
		assertThat(lotSized(new LotSizing(Rule.MINIMUM, dec("200"))))
			.containsExactly("A 200 " + day(3) + "->" + day(3));
		assertThat(lotSized(new LotSizing(Rule.MINIMUM, dec("100")))).containsExactly("A 130 " + day(3) + "->" + day(3),
				"A 100 " + day(4) + "->" + day(4));
	}

	@Test
	void multipleRoundsUpToTheMultiple() {
		// day 3: 130 -> 160, 30 left; day 4: 30 - 40 = -10 -> 40, 30 left
		assertThat(lotSized(new LotSizing(Rule.MULTIPLE, dec("40")))).containsExactly("A 160 " + day(3) + "->" + day(3),
				"A 40 " + day(4) + "->" + day(4));
	}

	@Test
	void explodesTwoLevelsWithScrapInLowLevelCodeOrder() {
		// A = 2 B (5 % scrap) + 1 C + 1 D; 2 B = 3 D: D sits on level 1 and level 2
		make(A, 2, LotSizing.LOT_FOR_LOT, "0");
		make(B, 1, LotSizing.LOT_FOR_LOT, "0");
		buy(C, 5, LotSizing.LOT_FOR_LOT, "0");
		buy(D, 0, LotSizing.LOT_FOR_LOT, "0");
		bom(A, "1", line(B, "2", "5"), line(C, "1", "0"), line(D, "1", "0"));
		bom(B, "2", line(D, "3", "0"));
		this.onHand.put(A, dec("20"));
		demand(A, day(10), "100", "CO-9/1");

		MrpResult result = run();

		// A: 80 due Wed 10, released Mon 8 (2 working days)
		// B: 80 x 2 x 1.05 = 168 due Mon 8, released Fri 5
		// C: 80 due Mon 8, released Mon 1 (5 working days); D: 80 on Mon 8, and
		// 168 x 3 / 2 = 252 on Fri 5
		assertThat(orders(result)).containsExactlyInAnyOrder("A 80 " + day(8) + "->" + day(10),
				"B 168 " + day(5) + "->" + day(8), "C 80 " + day(1) + "->" + day(8), "D 252 " + day(5) + "->" + day(5),
				"D 80 " + day(8) + "->" + day(8));
		assertThat(result.items()).extracting((r) -> name(r.planning().itemId()) + r.lowLevelCode())
			.containsExactlyInAnyOrder("A0", "B1", "C1", "D2")
			.startsWith("A0")
			.endsWith("D2");
		assertThat(result.messages()).isEmpty();
		PlannedOrder b = result.plannedOrders().stream().filter((o) -> o.itemId().equals(B)).findFirst().orElseThrow();
		assertThat(b.pegs()).extracting((p) -> p.demand().kind() + " #" + p.demand().reference() + " " + p.quantity())
			.containsExactly("PLANNED_ORDER #1 168");
		assertThat(result.plannedOrders().get(0).pegs())
			.extracting((p) -> p.demand().reference() + " " + p.date() + " " + p.quantity())
			.containsExactly("CO-9/1 " + day(10) + " 80");
	}

	@Test
	void pegsALotToEachDemandItCovers() {
		buy(A, 0, new LotSizing(Rule.FIXED_ORDER_QUANTITY, dec("100")), "0");
		demand(A, day(3), "30", "CO-1/1");
		demand(A, day(4), "50", "CO-2/1");

		MrpResult result = run();

		assertThat(result.plannedOrders()).hasSize(1);
		assertThat(result.plannedOrders().get(0).pegs()).extracting((p) -> p.demand().reference() + " " + p.quantity())
			.containsExactly("CO-1/1 30", "CO-2/1 50");
	}

	@Test
	void firmOrdersPutTheirComponentsOnTheirStartDay() {
		make(A, 0, LotSizing.LOT_FOR_LOT, "0");
		buy(B, 0, LotSizing.LOT_FOR_LOT, "0");
		bom(A, "1", line(B, "4", "0"));
		this.receipts.add(new ScheduledReceipt(A, day(9), dec("10"),
				new DemandSource(DemandSource.Kind.PRODUCTION_ORDER, "MO-5", null), day(3)));

		MrpResult result = run();

		assertThat(orders(result)).containsExactly("B 40 " + day(3) + "->" + day(3));
		assertThat(result.plannedOrders().get(0).pegs()).extracting((p) -> p.demand().reference())
			.containsExactly("MO-5");
	}

	@Test
	void raisesLowLevelCodesWhenALaterBomVersionGoesDeeper() {
		// on the run's day A = C; from the 5th A = B and B = C, so C sits one level lower
		make(A, 0, LotSizing.LOT_FOR_LOT, "0");
		make(B, 0, LotSizing.LOT_FOR_LOT, "0");
		buy(C, 0, LotSizing.LOT_FOR_LOT, "0");
		BillOfMaterials versions = (item, on) -> {
			if (item.equals(A)) {
				return Optional.of(new BillOfMaterials.Level(BigDecimal.ONE,
						List.of(on.isBefore(day(5)) ? line(C, "1", "0") : line(B, "1", "0"))));
			}
			return item.equals(B) ? Optional.of(new BillOfMaterials.Level(BigDecimal.ONE, List.of(line(C, "2", "0"))))
					: Optional.empty();
		};
		demand(A, day(10), "7", "CO-3/1");

		MrpResult result = Mrp
			.run(new MrpInput(this.today, this.demands, this.receipts, this.onHand, this.planning, versions, WEEKDAYS));

		assertThat(orders(result)).containsExactlyInAnyOrder("A 7 " + day(10) + "->" + day(10),
				"B 7 " + day(10) + "->" + day(10), "C 14 " + day(10) + "->" + day(10));
		assertThat(result.items()).extracting((r) -> name(r.planning().itemId()) + r.lowLevelCode())
			.containsExactly("A0", "B1", "C2");
	}

	@Test
	void refusesABomCycleNamingItsItems() {
		bom(A, "1", line(B, "1", "0"));
		bom(B, "1", line(C, "1", "0"));
		bom(C, "1", line(A, "1", "0"));
		demand(A, day(3), "1", "CO-4/1");

		assertThatThrownBy(this::run).isInstanceOfSatisfying(BomCycle.class,
				(cycle) -> assertThat(cycle.path()).containsExactly(A, B, C, A));
	}

	@Test
	void anItemWithoutPlanningDataIsMadeWhenItHasABom() {
		bom(A, "1", line(B, "1", "0"));
		demand(A, day(3), "2", "CO-5/1");

		MrpResult result = run();

		assertThat(result.plannedOrders()).extracting((o) -> name(o.itemId()) + " " + o.procurement())
			.containsExactly("A MAKE", "B BUY");
	}

	/** Demand 130 on the 3rd and 40 on the 4th, nothing on hand. */
	private List<String> lotSized(LotSizing rule) {
		this.planning.clear();
		this.demands.clear();
		buy(A, 0, rule, "0");
		demand(A, day(3), "130", "CO-1/1");
		demand(A, day(4), "40", "CO-1/2");
		return orders(run());
	}

	private MrpResult run() {
		return Mrp.run(new MrpInput(this.today, this.demands, this.receipts, this.onHand, this.planning,
				(item, on) -> Optional.ofNullable(this.boms.get(item)), WEEKDAYS));
	}

	private static List<String> orders(MrpResult result) {
		return result.plannedOrders()
			.stream()
			.map((o) -> name(o.itemId()) + " " + o.quantity().toPlainString() + " " + o.releaseDate() + "->"
					+ o.receiptDate())
			.toList();
	}

	private void buy(UUID item, int leadTime, LotSizing rule, String safetyStock) {
		this.planning.put(item, new ItemPlanning(item, Procurement.BUY, leadTime, rule, dec(safetyStock)));
	}

	private void make(UUID item, int leadTime, LotSizing rule, String safetyStock) {
		this.planning.put(item, new ItemPlanning(item, Procurement.MAKE, leadTime, rule, dec(safetyStock)));
	}

	private void demand(UUID item, LocalDate date, String quantity, String line) {
		this.demands.add(new Demand(item, date, dec(quantity),
				new DemandSource(DemandSource.Kind.CUSTOMER_ORDER_LINE, line, null)));
	}

	private void bom(UUID parent, String base, BillOfMaterials.Line... lines) {
		this.boms.put(parent, new BillOfMaterials.Level(dec(base), List.of(lines)));
	}

	private static BillOfMaterials.Line line(UUID component, String quantity, String scrap) {
		return new BillOfMaterials.Line(component, dec(quantity), dec(scrap));
	}

	private static LocalDate day(int dayOfJune) {
		return MON_1.withDayOfMonth(dayOfJune);
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	private static UUID item(String name) {
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	private static String name(UUID item) {
		return item.equals(A) ? "A" : item.equals(B) ? "B" : item.equals(C) ? "C" : "D";
	}

}
