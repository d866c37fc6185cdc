package cn.wulian.liancai.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the reference to the record whose history a part belongs to: a contact's talent, a
 * milestone's project. The part's changes show in the owner's history panel.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface AuditOwner {
}
