/**
 * Carbon (碳排放) per site: the emission factor each site uses per kind of energy (its own
 * choice, or the published default with its year and source) and the monthly carbon
 * report: scope 1 by fuel, scope 2 purchased electricity, the total and the tonnes per
 * good part and per 万元 of output value.
 */
@NullMarked
package io.kaiwu.energy.emission;

import org.jspecify.annotations.NullMarked;
