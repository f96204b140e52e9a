package io.kaiwu.production.bom.kernel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The multi-level explosion with base quantities and scrap, worked out by hand. */
class ExplosionTests {

	static final UUID PUMP = UUID.randomUUID();

	static final UUID HOUSING = UUID.randomUUID();

	static final UUID SCREW = UUID.randomUUID();

	static final UUID RESIN = UUID.randomUUID();

	@Test
	void quantitiesMultiplyDownTheTreeWithScrapAndBaseQuantity() {
		// a pump takes 1 housing and 6 screws at 2 % scrap; 10 housings (base 10) take
		// 4.5 kg resin at 10 % scrap
		Map<UUID, Explosion.Structure> boms = Map.of(PUMP,
				new Explosion.Structure("A", BigDecimal.ONE,
						List.of(component(HOUSING, "1", "0"), component(SCREW, "6", "2"))),
				HOUSING, new Explosion.Structure("B", BigDecimal.TEN, List.of(component(RESIN, "4.5", "10"))));
		List<Explosion.Row> rows = Explosion.explode(PUMP, new BigDecimal("20"),
				(item) -> Optional.ofNullable(boms.get(item)));
		assertThat(rows).extracting(Explosion.Row::level).containsExactly(0, 1, 2, 1);
		assertThat(rows).extracting(Explosion.Row::itemId).containsExactly(PUMP, HOUSING, RESIN, SCREW);
		assertThat(rows).extracting(Explosion.Row::version).containsExactly("A", "B", null, null);
		// resin per housing: 4.5 × 1.1 / 10 = 0.495; for 20 pumps: 20 × 1 × 0.495 = 9.9
		// screws per pump: 6 × 1.02 = 6.12; for 20 pumps: 122.4
		assertThat(rows).extracting((r) -> r.perParent().toPlainString()).containsExactly("1", "1", "0.495", "6.12");
		assertThat(rows).extracting((r) -> r.quantity().toPlainString()).containsExactly("20", "20", "9.9", "122.4");
	}

	@Test
	void aRepeatingThirdRoundsToSixDecimals() {
		Map<UUID, Explosion.Structure> boms = Map.of(PUMP,
				new Explosion.Structure("A", new BigDecimal("3"), List.of(component(SCREW, "1", "0"))));
		List<Explosion.Row> rows = Explosion.explode(PUMP, BigDecimal.ONE,
				(item) -> Optional.ofNullable(boms.get(item)));
		assertThat(rows.get(1).quantity().toPlainString()).isEqualTo("0.333333");
	}

	@Test
	void aCycleInStoredDataStopsTheExplosion() {
		Map<UUID, Explosion.Structure> boms = Map.of(PUMP,
				new Explosion.Structure("A", BigDecimal.ONE, List.of(component(HOUSING, "1", "0"))), HOUSING,
				new Explosion.Structure("B", BigDecimal.ONE, List.of(component(PUMP, "1", "0"))));
		assertThatIllegalStateException()
			.isThrownBy(() -> Explosion.explode(PUMP, BigDecimal.ONE, (item) -> Optional.ofNullable(boms.get(item))));
	}

	static Explosion.Component component(UUID item, String quantity, String scrap) {
		return new Explosion.Component(item, new BigDecimal(quantity), new BigDecimal(scrap));
	}

}
