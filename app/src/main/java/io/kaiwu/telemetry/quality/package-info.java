/**
 * The quality of the tenant's telemetry on the dimensions of GB/T 36344 (数据质量评价指标),
 * offered to the transformation navigator as evidence.
 */
@NullMarked
package io.kaiwu.telemetry.quality;

import org.jspecify.annotations.NullMarked;
