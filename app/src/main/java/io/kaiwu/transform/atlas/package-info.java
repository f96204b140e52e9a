/**
 * The scenario atlas (场景图谱（一图四清单）): the guide's scenario categories and typical scenarios
 * with their four lists and links, read from the pack files under
 * {@code transform/atlas/}, and each scenario's coverage for a tenant as the modules
 * report it through {@link io.kaiwu.shared.TransformationEvidence}.
 */
@NullMarked
package io.kaiwu.transform.atlas;

import org.jspecify.annotations.NullMarked;
