package tn.entrix.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The entity type of a resource method that returns a {@code Response} (e.g. 201 Created with the new view). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseView {

    Class<?> value();
}
