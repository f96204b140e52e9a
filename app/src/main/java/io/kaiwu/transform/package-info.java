/**
 * Transformation navigator (转型导航): maturity self-assessment against the official models
 * as data files, the guide's scenario atlas 一图四清单 with each scenario's live coverage, the
 * roadmap, results evaluation and PDCA cycles. Other modules feed it through the
 * {@link io.kaiwu.shared.TransformationEvidence} SPI in {@code shared}; nothing depends
 * on this module.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
@NullMarked
package io.kaiwu.transform;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
