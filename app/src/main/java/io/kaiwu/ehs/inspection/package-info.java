/**
 * Safety inspections and the hidden-danger loop (隐患排查治理): checklists per site,
 * inspections that answer each item, and findings (隐患) that are rectified (整改) by a
 * deadline and verified (验收) by someone other than the one who rectified them.
 */
@NullMarked
package io.kaiwu.ehs.inspection;

import org.jspecify.annotations.NullMarked;
