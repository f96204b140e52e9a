package io.kaiwu.transform.atlas;

/**
 * One of the guide's scenario categories (场景分类), for example 生产制造.
 *
 * @param code its stable code, for example {@code PM}; scenario codes start with it.
 * @param name its name.
 * @param description what it covers.
 */
public record Category(String code, Text name, Text description) {
}
