package tn.entrix.platform;

import jakarta.persistence.Entity;
import jakarta.persistence.Persistence;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation's "may I read this property?" for the web module (META-INF/validation.xml). Hibernate Validator's
 * default asks JPA {@code PersistenceUtil.isLoaded} for every property of every object it validates, and on Payara
 * that walks every persistence provider on the server — EclipseLink's included — on each REST call: a measured
 * hotspot of the gate's scan endpoint, for request bodies that are plain records. Only entities can have unloaded
 * state, so only they are asked.
 */
public class EntityAwareTraversal implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return traversableObject == null || !traversableObject.getClass().isAnnotationPresent(Entity.class)
                || Persistence.getPersistenceUtil().isLoaded(traversableObject, traversableProperty.getName());
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
