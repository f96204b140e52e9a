package io.kaiwu.portal.web;

import io.kaiwu.portal.Navigation;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import io.kaiwu.tenancy.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts what the layout shows on every page into the model: the signed-in user, the
 * enterprise he acts in, the menu and the current path.
 */
class LayoutModel implements HandlerInterceptor {

	private final Navigation navigation;

	private final TenantDirectory tenants;

	private final EnterpriseStructure structure;

	LayoutModel(Navigation navigation, TenantDirectory tenants, EnterpriseStructure structure) {
		this.navigation = navigation;
		this.tenants = tenants;
		this.structure = structure;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		view.addObject("currentPath", request.getRequestURI());
		view.addObject("zone", java.time.ZoneId.of("Asia/Shanghai"));
		CurrentPrincipal.find().ifPresent((me) -> {
			view.addObject("me", me);
			view.addObject("menu", this.navigation.menuFor(me));
			if (me.tenant() != null) {
				this.tenants.find(me.tenant()).ifPresent((t) -> view.addObject("currentTenant", t));
				this.structure.sites(me.tenant())
					.stream()
					.findFirst()
					.map(StructureNode::timeZone)
					.ifPresent((zone) -> view.addObject("zone", java.time.ZoneId.of(zone)));
			}
		});
	}

}
