package org.unrights;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to every package from the root
 * {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private and never appear in the public API:
 * each value type exposes a nested {@code Builder} and static factories instead. Collections are
 * depluralized, so a {@code members} list gets {@code addMember(..)} on its builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"evidence:evidence", "ballot:ballots", "person:persons", "alias:aliases", "vetoedBy:vetoedBy"},
    get = {"get*", "is*"},
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface UnrightsStyle {}
