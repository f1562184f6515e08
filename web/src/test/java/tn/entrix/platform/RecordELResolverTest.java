package tn.entrix.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Pages read record components by name; anything that is not a record is left to the other resolvers. */
class RecordELResolverTest {

    record Seat(String reference, int number) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponent() {
        ELContext context = new Context();
        assertEquals("E1-1-7", resolver.getValue(context, new Seat("E1-1-7", 7), "reference"));
        assertTrue(context.isPropertyResolved());
        assertTrue(resolver.isReadOnly(new Context(), new Seat("E1-1-7", 7), "number"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new Context(), new Seat("E1-1-7", 7), "number", 8));
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesAlone() {
        ELContext context = new Context();
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Seat("A", 1), "row"));
        assertFalse(context.isPropertyResolved());
    }

    /** The smallest EL context: the resolver under test needs none of its parts. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
