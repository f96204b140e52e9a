/**
 * Optimisation hints (节能建议): the kernels that find a compressed-air leak in a
 * compressor's base flow ({@link io.kaiwu.energy.hint.AirLeaks}), the energy a machine
 * drew while it stood ({@link io.kaiwu.energy.hint.IdleRunning}) and the money a flexible
 * load saves in the valley ({@link io.kaiwu.energy.hint.ValleyShift}), and the service
 * that turns them into ranked suggestions ({@link io.kaiwu.energy.hint.SavingHints}).
 */
@NullMarked
package io.kaiwu.energy.hint;

import org.jspecify.annotations.NullMarked;
