package io.kaiwu.shared;

import java.util.Set;

/**
 * A page a module puts into the main navigation. Modules declare entries as beans; the
 * portal groups them by {@link Category} and shows only what the user's roles allow, so
 * the menu lists exactly the modules that exist.
 *
 * @param category the group in the menu.
 * @param labelKey message key of the menu label.
 * @param path where the entry leads, for example {@code /structure}.
 * @param order position inside the group, low first.
 * @param roles who sees it; empty means every signed-in user.
 */
public record NavigationEntry(Category category, String labelKey, String path, int order, Set<Role> roles) {

	public NavigationEntry {
		roles = Set.copyOf(roles);
	}

	/** Whether a user with these roles sees the entry. */
	public boolean visibleTo(KaiwuPrincipal principal) {
		return this.roles.isEmpty() || this.roles.stream().anyMatch(principal::has);
	}

	/**
	 * The guide's six scenario categories, then the platform and the transformation
	 * navigator (转型导航).
	 */
	public enum Category {

		/** 研发设计 */
		DESIGN,
		/** 生产制造 */
		PRODUCTION,
		/** 运维服务 */
		OPERATIONS_SERVICE,
		/** 经营管理 */
		BUSINESS_MANAGEMENT,
		/** 供应链管理 */
		SUPPLY_CHAIN,
		/** 跨环节协同 */
		CROSS_LINK,
		/** 转型导航 */
		TRANSFORM,
		/** 平台 */
		PLATFORM;

		public String messageKey() {
			return "nav.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
