package cn.wulian.liancai.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body: the record the API answers with for the same resource, whose fields a body may carry back
 * unchanged and which are then passed over. A client that reads a talent, changes its phone and puts back what it
 * read sends {@code id}, {@code townshipCode} and the like; that is no mistake, while a field neither read nor
 * writable ({@code "phon"}) is, and {@link StrictBinding} refuses it naming the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Echoes {
    Class<? extends Record> value();
}
