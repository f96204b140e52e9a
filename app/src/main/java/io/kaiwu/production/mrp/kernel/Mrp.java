package io.kaiwu.production.mrp.kernel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Multi-level MRP over daily buckets. Items are planned in low-level-code order, so every
 * item is netted once, after all its parents have put their dependent demand on it. The
 * low-level codes come from the BOMs effective on the run's day; when a planned order's
 * BOM (effective on its release day) reaches an item deeper than that, the codes are
 * raised and the run starts again, so the result is the same as with perfect codes.
 */
public final class Mrp {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Mrp() {
	}

	/**
	 * Runs MRP.
	 * @param input what the run reads.
	 * @return the planned orders, the time-phased records and the exception messages.
	 * @throws BomCycle when an item's BOM contains the item itself.
	 */
	public static MrpResult run(MrpInput input) {
		Set<UUID> starts = new LinkedHashSet<>();
		input.demands().forEach((d) -> starts.add(d.itemId()));
		input.receipts().forEach((r) -> starts.add(r.itemId()));
		input.planning().values().forEach((p) -> {
			if (p.safetyStock().signum() > 0) {
				starts.add(p.itemId());
			}
		});
		Map<UUID, Integer> codes = LowLevelCodes.of(starts, input.boms(), input.today());
		int attempts = 0;
		while (true) {
			Pass pass = new Pass(input, codes);
			Optional<MrpResult> result = pass.plan();
			if (result.isPresent()) {
				return result.get();
			}
			if (++attempts > codes.size() + 1) {
				throw new BomCycle(pass.deepened);
			}
			codes = pass.codes;
		}
	}

	/** One attempt at planning with a set of low-level codes. */
	private static final class Pass {

		private final MrpInput input;

		private final Map<UUID, Integer> codes;

		private final Map<UUID, List<Demand>> demands = new HashMap<>();

		private final Map<UUID, List<ScheduledReceipt>> receipts = new HashMap<>();

		private final TreeSet<UUID> queue;

		private final Set<UUID> planned = new HashSet<>();

		private final List<ItemRecord> records = new ArrayList<>();

		private final List<PlannedOrder> orders = new ArrayList<>();

		private final List<MrpMessage> messages = new ArrayList<>();

		/** The items whose code was raised in this pass. */
		private final List<UUID> deepened = new ArrayList<>();

		Pass(MrpInput input, Map<UUID, Integer> codes) {
			this.input = input;
			this.codes = new HashMap<>(codes);
			this.queue = new TreeSet<>(
					Comparator.comparing((UUID id) -> this.codes.get(id)).thenComparing(UUID::toString));
			input.demands().forEach((d) -> this.demands.computeIfAbsent(d.itemId(), (k) -> new ArrayList<>()).add(d));
			input.receipts().forEach((r) -> this.receipts.computeIfAbsent(r.itemId(), (k) -> new ArrayList<>()).add(r));
			this.queue.addAll(codes.keySet());
		}

		/** The result, or empty when a code had to be raised. */
		Optional<MrpResult> plan() {
			while (!this.queue.isEmpty()) {
				UUID item = this.queue.pollFirst();
				this.planned.add(item);
				if (!planItem(item)) {
					return Optional.empty();
				}
			}
			return Optional.of(new MrpResult(this.records, this.orders, this.messages));
		}

		private boolean planItem(UUID item) {
			ItemPlanning plan = planning(item);
			BigDecimal onHand = this.input.onHand().getOrDefault(item, BigDecimal.ZERO);
			List<Demand> gross = this.demands.getOrDefault(item, List.of());
			List<ScheduledReceipt> scheduled = this.receipts.getOrDefault(item, List.of());
			Netting.Netted netted = Netting.net(plan, onHand, gross, scheduled, this.input.today(),
					this.input.calendar());
			this.records.add(new ItemRecord(plan, this.codes.get(item), Netting.clean(onHand), netted.buckets()));
			boolean consistent = true;
			for (ScheduledReceipt receipt : scheduled) {
				if (receipt.explodeOn() != null) {
					consistent &= explode(item, receipt.quantity(), receipt.explodeOn(), receipt.source(), null);
				}
			}
			for (Netting.Lot lot : netted.lots()) {
				int number = this.orders.size() + 1;
				this.orders.add(new PlannedOrder(number, item, plan.procurement(), lot.quantity(), lot.releaseDate(),
						lot.receiptDate(), lot.pegs()));
				if (lot.releaseDate().isBefore(this.input.today())) {
					this.messages.add(new MrpMessage(MrpMessage.Kind.LATE_RELEASE, item, lot.releaseDate(), number));
				}
				if (plan.procurement() == Procurement.MAKE) {
					consistent &= explode(item, lot.quantity(), lot.releaseDate(),
							new DemandSource(DemandSource.Kind.PLANNED_ORDER, String.valueOf(number), null), number);
				}
			}
			return consistent;
		}

		/**
		 * Puts the components of a quantity of the item on its components as dependent
		 * demand on the day. False when a component turned out to sit deeper than its
		 * code said.
		 */
		private boolean explode(UUID item, BigDecimal quantity, LocalDate on, DemandSource source,
				@Nullable Integer plannedOrder) {
			Optional<BillOfMaterials.Level> level = this.input.boms().components(item, on);
			if (level.isEmpty()) {
				if (plannedOrder != null) {
					this.messages.add(new MrpMessage(MrpMessage.Kind.NO_BOM, item, on, plannedOrder));
				}
				return true;
			}
			boolean consistent = true;
			int below = this.codes.get(item) + 1;
			for (BillOfMaterials.Line line : level.get().lines()) {
				UUID component = line.itemId();
				BigDecimal needed = quantity.multiply(line.quantity())
					.multiply(BigDecimal.ONE.add(line.scrapPercent().divide(HUNDRED, MathContext.DECIMAL64)))
					.divide(level.get().baseQuantity(), MathContext.DECIMAL64)
					.setScale(6, RoundingMode.CEILING);
				this.demands.computeIfAbsent(component, (k) -> new ArrayList<>())
					.add(new Demand(component, on, Netting.clean(needed), source));
				Integer code = this.codes.get(component);
				if (code == null) {
					this.codes.put(component, below);
					this.queue.add(component);
				}
				else if (code < below && this.planned.contains(component)) {
					this.codes.put(component, below);
					this.deepened.add(component);
					consistent = false;
				}
				else if (code < below) {
					this.queue.remove(component);
					this.codes.put(component, below);
					this.queue.add(component);
				}
			}
			return consistent;
		}

		private ItemPlanning planning(UUID item) {
			ItemPlanning plan = this.input.planning().get(item);
			if (plan != null) {
				return plan;
			}
			Procurement procurement = this.input.boms().components(item, this.input.today()).isPresent()
					? Procurement.MAKE : Procurement.BUY;
			return new ItemPlanning(item, procurement, 0, LotSizing.LOT_FOR_LOT, BigDecimal.ZERO);
		}

	}

}
