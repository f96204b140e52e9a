/**
 * The roadmap planner (转型规划): scenarios proposed from the atlas, the tenant's coverage,
 * the value goals and pain points the user picks and the enterprise's approach (链式 / 整体 /
 * 梯次), ranked into phases; projects with budget, expected KPI effects, ROI, payback and
 * NPV.
 */
@NullMarked
package io.kaiwu.transform.roadmap;

import org.jspecify.annotations.NullMarked;
