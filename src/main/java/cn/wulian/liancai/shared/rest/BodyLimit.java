package cn.wulian.liancai.shared.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose body has a limit of its own — a file upload — instead of the API's
 * configured limit for JSON bodies ({@link BoundedBodies}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    long bytes();

    /** the input the 413 names */
    String field() default BodyTooLarge.BODY;
}
