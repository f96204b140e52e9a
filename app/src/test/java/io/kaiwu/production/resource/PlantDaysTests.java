package io.kaiwu.production.resource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlantDaysTests {

	static final TenantId TENANT = TenantId.of(UUID.randomUUID());

	/** 00:07 on 27 November in Suzhou, still 26 November on a server on UTC. */
	static final Clock JUST_AFTER_MIDNIGHT_IN_CHINA = Clock.fixed(Instant.parse("2026-11-26T16:07:00Z"),
			ZoneOffset.UTC);

	@Test
	void todayIsThePlantsDateNotTheServers() {
		StructureNode suzhou = site("SZ", "Asia/Shanghai");
		StructureNode berlin = site("BE", "Europe/Berlin");
		PlantDays days = new PlantDays(structure(suzhou, berlin), JUST_AFTER_MIDNIGHT_IN_CHINA);
		assertThat(days.today(TENANT, suzhou.id())).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(days.today(TENANT, berlin.id())).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(days.today(TENANT)).as("the first plant's").isEqualTo(LocalDate.of(2026, 11, 27));
	}

	@Test
	void aPlantWithoutAZoneCountsInChina() {
		StructureNode plant = site("NZ", null);
		PlantDays days = new PlantDays(structure(plant), JUST_AFTER_MIDNIGHT_IN_CHINA);
		assertThat(days.today(TENANT, plant.id())).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(days.today(TENANT)).isEqualTo(LocalDate.of(2026, 11, 27));
	}

	private static StructureNode site(String code, String zone) {
		return new StructureNode(UUID.randomUUID(), null, NodeLevel.SITE, code, code, zone);
	}

	/** The enterprise structure of one tenant: a few sites. */
	private static EnterpriseStructure structure(StructureNode... sites) {
		return new EnterpriseStructure() {

			@Override
			public Optional<StructureNode> findNode(TenantId tenant, UUID node) {
				return List.of(sites).stream().filter((s) -> s.id().equals(node)).findFirst();
			}

			@Override
			public List<StructureNode> sites(TenantId tenant) {
				return List.of(sites);
			}

			@Override
			public List<StructureNode> allNodes(TenantId tenant) {
				return List.of(sites);
			}

		};
	}

}
