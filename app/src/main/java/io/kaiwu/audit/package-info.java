/**
 * Audit log (审计日志): keeps every {@link io.kaiwu.shared.ChangeRecorded} that any module
 * publishes — who, when, tenant, what, before and after — in the same transaction as the
 * change, lets admins browse and filter it, and deletes entries older than the retention
 * (180 days by default, the six months the Cybersecurity Law asks for).
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package io.kaiwu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
