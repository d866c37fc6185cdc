package cn.wulian.liancai.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose value the trail does not keep: a secret (a password's hash, a security stamp), a
 * counter kept by the log-in itself, or a time stamp that every change moves. On a class: an
 * entity that is bookkeeping, not a record anyone changes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface NotAudited {
}
