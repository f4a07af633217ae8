package org.partnermatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partnermatch.allocation.AllocationService;
import org.partnermatch.support.ResourceClasses;

/**
 * The resource methods that start an allocation plan (the API's and the district page's) are exactly those that hold
 * no compute slot ({@link ComputeSlots.OwnBound}): one that waited for a builder inside a slot would keep others from
 * computing, and one exempt without a bound of its own would escape admission control.
 */
class ComputeSlotsBoundTest {

    @Test
    void theMethodsThatStartAPlanAreExactlyTheOnesOutsideTheSlots() {
        Set<String> starting = new TreeSet<>();
        Set<String> ownBound = new TreeSet<>();
        for (JavaClass type : ResourceClasses.all()) {
            for (JavaMethod method : type.getMethods()) {
                String name = type.getSimpleName() + "." + method.getName();
                if (method.isAnnotatedWith(ComputeSlots.OwnBound.class)) {
                    ownBound.add(name);
                }
                if (startsAPlan(type, method)) {
                    starting.add(name);
                }
            }
        }
        assertThat(starting).as("resource methods that start a plan")
                .contains("AllocationResource.plan", "DistrictPages.allocate");
        assertThat(ownBound).as("resource methods outside the compute slots").isEqualTo(starting);
    }

    /** Calls AllocationService.start itself, or in a lambda it declares. */
    private static boolean startsAPlan(JavaClass type, JavaMethod method) {
        if (method.getName().startsWith("lambda$")) {
            return false;
        }
        for (JavaMethod candidate : type.getMethods()) {
            boolean own = candidate.equals(method) || candidate.getName().startsWith("lambda$" + method.getName() + "$");
            if (!own) {
                continue;
            }
            for (JavaMethodCall call : candidate.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().isEquivalentTo(AllocationService.class) && call.getName().equals("start")) {
                    return true;
                }
            }
        }
        return false;
    }
}
