/**
 * Portal: the page layout, the main navigation (grouped by the guide's six scenario
 * categories, then 转型导航 and 平台, showing only modules that exist), the language switch
 * (简体中文 by default, English, remembered per user), the home page with the tenant's
 * structure and module tiles, and the error pages. It publishes nothing and listens to
 * nothing; modules contribute {@link io.kaiwu.shared.NavigationEntry} beans.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
@NullMarked
package io.kaiwu.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
