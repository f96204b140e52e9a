package io.kaiwu.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.shared.NavigationEntry.Category;

import org.springframework.stereotype.Component;

/**
 * The main menu: every {@link NavigationEntry} a module declares, grouped by category in
 * the guide's order, limited to what the user's roles allow; empty groups are left out.
 */
@Component
public class Navigation {

	private final List<NavigationEntry> entries;

	Navigation(List<NavigationEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * One group of the menu.
	 *
	 * @param category the category.
	 * @param labelKey message key of the group heading.
	 * @param entries the entries in order.
	 */
	public record Group(Category category, String labelKey, List<NavigationEntry> entries) {
	}

	public List<Group> menuFor(KaiwuPrincipal principal) {
		Map<Category, List<NavigationEntry>> byCategory = new EnumMap<>(Category.class);
		this.entries.stream()
			.filter((e) -> e.visibleTo(principal))
			.filter((e) -> principal.tenant() != null || e.category() == Category.PLATFORM)
			.sorted(Comparator.comparingInt(NavigationEntry::order))
			.forEach((e) -> byCategory.computeIfAbsent(e.category(), (c) -> new ArrayList<>()).add(e));
		List<Group> groups = new ArrayList<>();
		byCategory.forEach((category, list) -> groups.add(new Group(category, category.messageKey(), list)));
		return groups;
	}

	/**
	 * The entries outside the platform group: the scenario apps, shown as tiles on the
	 * home page.
	 */
	public List<NavigationEntry> tilesFor(KaiwuPrincipal principal) {
		return menuFor(principal).stream().flatMap((g) -> g.entries().stream()).toList();
	}

}
