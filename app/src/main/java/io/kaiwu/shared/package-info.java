/**
 * The shared kernel: identifiers, the signed-in principal, roles, paging, problem types,
 * the audit event every module publishes on a change, and the small SPIs through which
 * modules contribute navigation entries and references to the enterprise structure, and
 * the reader of imported Excel and CSV sheets ({@link io.kaiwu.shared.SheetReader}). No
 * business logic lives here; every module may use it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.kaiwu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
