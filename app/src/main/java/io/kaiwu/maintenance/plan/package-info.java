/**
 * Maintenance plans (维护计划): per machine, a checklist template and a trigger by calendar,
 * running hours or part count; a due plan creates one preventive order.
 */
@NullMarked
package io.kaiwu.maintenance.plan;

import org.jspecify.annotations.NullMarked;
