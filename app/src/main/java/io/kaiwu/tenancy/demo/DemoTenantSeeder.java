package io.kaiwu.tenancy.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.DemoTenantCreated;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.structure.ShapingStructure;
import io.kaiwu.tenancy.tenant.ManagingTenants;
import io.kaiwu.tenancy.tenant.Tenant;
import io.kaiwu.tenancy.user.ManagingUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo tenant 示范工厂: a machining and injection-moulding plant with one site, two
 * workshops and the utilities (公用工程: compressor room, boiler room, switch room,
 * wastewater station), their lines and work units, and the demo user. Other modules add
 * their demo data when they hear {@link DemoTenantCreated}, in the same transaction.
 */
@Component
public class DemoTenantSeeder {

	public static final String DEMO_TENANT_NAME = "示范工厂";

	private final ManagingTenants tenants;

	private final ShapingStructure structure;

	private final ManagingUsers users;

	private final ApplicationEventPublisher events;

	DemoTenantSeeder(ManagingTenants tenants, ShapingStructure structure, ManagingUsers users,
			ApplicationEventPublisher events) {
		this.tenants = tenants;
		this.structure = structure;
		this.users = users;
		this.events = events;
	}

	/** Seeds everything and returns the demo tenant. */
	@Transactional
	public TenantId seed(String demoPassword) {
		Tenant tenant = this.tenants.create(DEMO_TENANT_NAME, EnterpriseType.SMALL_MEDIUM, "通用设备制造业 / 塑料制品业", true);
		TenantId id = tenant.tenantId();
		KaiwuPrincipal seeder = new KaiwuPrincipal(new UUID(0, 0), "system", id, Set.of(Role.TENANT_ADMIN), Set.of());
		Map<String, UUID> nodes = new LinkedHashMap<>();
		UUID site = node(seeder, nodes, null, NodeLevel.SITE, "SZ", "苏州工厂");
		UUID machining = node(seeder, nodes, site, NodeLevel.AREA, "SZ-MC", "机加工车间");
		UUID moulding = node(seeder, nodes, site, NodeLevel.AREA, "SZ-IM", "注塑车间");
		UUID turning = node(seeder, nodes, machining, NodeLevel.LINE, "SZ-MC-L1", "数控车削线");
		UUID milling = node(seeder, nodes, machining, NodeLevel.LINE, "SZ-MC-L2", "加工中心线");
		UUID im1 = node(seeder, nodes, moulding, NodeLevel.LINE, "SZ-IM-L1", "注塑一线");
		UUID im2 = node(seeder, nodes, moulding, NodeLevel.LINE, "SZ-IM-L2", "注塑二线");
		UUID utilities = node(seeder, nodes, site, NodeLevel.AREA, "SZ-UT", "公用工程");
		UUID power = node(seeder, nodes, utilities, NodeLevel.LINE, "SZ-UT-PS", "动力站");
		UUID environment = node(seeder, nodes, utilities, NodeLevel.LINE, "SZ-UT-EP", "环保设施");
		node(seeder, nodes, turning, NodeLevel.WORK_UNIT, "SZ-MC-L1-01", "数控车床 CK6150 #1");
		node(seeder, nodes, turning, NodeLevel.WORK_UNIT, "SZ-MC-L1-02", "数控车床 CK6150 #2");
		node(seeder, nodes, milling, NodeLevel.WORK_UNIT, "SZ-MC-L2-01", "立式加工中心 VMC850 #1");
		node(seeder, nodes, milling, NodeLevel.WORK_UNIT, "SZ-MC-L2-02", "立式加工中心 VMC850 #2");
		node(seeder, nodes, im1, NodeLevel.WORK_UNIT, "SZ-IM-L1-01", "注塑机 HTF250 #1");
		node(seeder, nodes, im1, NodeLevel.WORK_UNIT, "SZ-IM-L1-02", "注塑机 HTF250 #2");
		node(seeder, nodes, im2, NodeLevel.WORK_UNIT, "SZ-IM-L2-01", "注塑机 HTF450 #1");
		node(seeder, nodes, im2, NodeLevel.WORK_UNIT, "SZ-IM-L2-02", "注塑机 HTF450 #2");
		node(seeder, nodes, power, NodeLevel.WORK_UNIT, "SZ-UT-PS-AC", "空压机房");
		node(seeder, nodes, power, NodeLevel.WORK_UNIT, "SZ-UT-PS-BR", "锅炉房");
		node(seeder, nodes, power, NodeLevel.WORK_UNIT, "SZ-UT-PS-EL", "配电房");
		node(seeder, nodes, environment, NodeLevel.WORK_UNIT, "SZ-UT-EP-WW", "污水处理站");
		this.users.create(id, "demo", "演示用户", demoPassword, Set.of(Role.TENANT_ADMIN), Set.of(), false);
		this.events.publishEvent(new DemoTenantCreated(id, nodes));
		return id;
	}

	private UUID node(KaiwuPrincipal seeder, Map<String, UUID> nodes, UUID parent, NodeLevel level, String code,
			String name) {
		UUID id = this.structure.create(seeder, parent, level, code, name, null).id();
		nodes.put(code, id);
		return id;
	}

}
