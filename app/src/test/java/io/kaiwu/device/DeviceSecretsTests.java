package io.kaiwu.device;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.device.registry.DeviceSecrets;
import io.kaiwu.device.registry.NodeTree;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Device secrets and the structure views devices use, without Spring or a database. */
class DeviceSecretsTests {

	@Test
	void aSecretIs32RandomBytesInBase64Url() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String secret = DeviceSecrets.generate();
			assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
			secrets.add(secret);
		}
		assertThat(secrets).hasSize(100);
	}

	@Test
	void onlyTheRightSecretMatchesItsHash() {
		String secret = DeviceSecrets.generate();
		String hash = DeviceSecrets.hash(secret);
		assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain(secret);
		assertThat(DeviceSecrets.matches(secret, hash)).isTrue();
		assertThat(DeviceSecrets.matches(secret + "x", hash)).isFalse();
		assertThat(DeviceSecrets.matches(DeviceSecrets.generate(), hash)).isFalse();
		assertThat(DeviceSecrets.matches(secret, null)).isFalse();
		assertThat(DeviceSecrets.matches(secret, "not hex")).isFalse();
		assertThat(DeviceSecrets.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aNodeTreeGivesSubtreesPathsAndWhatASiteLimitedUserSees() {
		UUID sz = UUID.randomUUID();
		UUID nb = UUID.randomUUID();
		UUID area = UUID.randomUUID();
		UUID line = UUID.randomUUID();
		UUID unit = UUID.randomUUID();
		NodeTree tree = new NodeTree(List.of(new StructureNode(sz, null, NodeLevel.SITE, "SZ", "苏州", "Asia/Shanghai"),
				new StructureNode(nb, null, NodeLevel.SITE, "NB", "宁波", "Asia/Shanghai"),
				new StructureNode(area, sz, NodeLevel.AREA, "SZ-MC", "机加工车间", null),
				new StructureNode(line, area, NodeLevel.LINE, "SZ-MC-L1", "数控车削线", null),
				new StructureNode(unit, line, NodeLevel.WORK_UNIT, "SZ-MC-L1-01", "车床", null)));
		assertThat(tree.subtree(area)).containsExactlyInAnyOrder(area, line, unit);
		assertThat(tree.subtree(UUID.randomUUID())).isEmpty();
		assertThat(tree.siteOf(unit)).isEqualTo(sz);
		assertThat(tree.path(unit)).extracting(StructureNode::code)
			.containsExactly("SZ", "SZ-MC", "SZ-MC-L1", "SZ-MC-L1-01");
		KaiwuPrincipal limited = new KaiwuPrincipal(UUID.randomUUID(), "nb", null, Set.of(Role.VIEWER), Set.of(nb));
		assertThat(tree.visibleTo(limited, unit)).isFalse();
		assertThat(tree.visibleTo(limited, nb)).isTrue();
		assertThat(tree.visibleTo(limited)).containsExactly(nb);
		KaiwuPrincipal everywhere = new KaiwuPrincipal(UUID.randomUUID(), "all", null, Set.of(Role.VIEWER), Set.of());
		assertThat(tree.visibleTo(everywhere)).isNull();
		assertThat(tree.visibleTo(everywhere, unit)).isTrue();
	}

}
