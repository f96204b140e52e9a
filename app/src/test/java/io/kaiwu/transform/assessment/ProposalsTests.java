package io.kaiwu.transform.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.scoring.MaturityModel;
import io.kaiwu.transform.scoring.ModelReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-evidence (平台数据佐证): the platform's facts are matched to the SME 2024 questions by
 * key; a share proposes the derived option, a flag only supports a scenario.
 */
class ProposalsTests {

	static MaturityModel sme() throws IOException {
		try (InputStream in = ProposalsTests.class.getClassLoader()
			.getResourceAsStream("transform/models/sme-digital-2024.yaml")) {
			return ModelReader.read("sme-digital-2024.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	static EvidenceFact fact(String key, double value, Double outOf) {
		return new EvidenceFact(key, value, outOf, "evidence.test", List.of(), Instant.parse("2026-11-26T00:00:00Z"));
	}

	@Test
	void aNetworkingShareProposesItsBandAndAFlagOnlySupportsTheScenario() throws IOException {
		// 45 of 60 devices reporting = 75 %, in (60 %, 100 %]: option E
		List<EvidenceProposal> proposals = Proposals.of(sme(),
				Map.of("device.networking-rate", fact("device.networking-rate", 45, 60.0), "equipment.oee-statistics",
						fact("equipment.oee-statistics", 1, null), "nobody.asks-this",
						fact("nobody.asks-this", 3, null)));
		assertThat(proposals).extracting(EvidenceProposal::code).containsExactly("Q-DEVICE-NETWORKED", "S-EQUIPMENT");
		assertThat(proposals.get(0).proposed().options()).containsExactly("E");
		assertThat(proposals.get(0).proposed().numbers()).containsKeys("networked", "total");
		assertThat(proposals.get(1).proposed()).isNull();
	}

	@Test
	void aShareThatCannotBeBandedProposesNothingButIsStillShown() throws IOException {
		// no devices registered: 0 of 0 cannot be a share
		List<EvidenceProposal> proposals = Proposals.of(sme(),
				Map.of("device.networking-rate", fact("device.networking-rate", 0, 0.0)));
		assertThat(proposals).singleElement().satisfies((p) -> assertThat(p.proposed()).isNull());
	}

}
