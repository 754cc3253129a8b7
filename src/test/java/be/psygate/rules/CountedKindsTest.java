package be.psygate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.psygate.tariff.Care;
import be.psygate.tariff.ServiceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountedKindsTest {

    @Test
    void everySubsetOfCaresIsTheSameUnmodifiableSetWhateverCollectionGivesIt() {
        for (Set<Care> subset : subsets(Care.values())) {
            Set<Care> shared = CountedKinds.cares(subset);
            assertThat(shared).isEqualTo(subset);
            assertThat(CountedKinds.cares(new ArrayList<>(subset))).isSameAs(shared);
            assertThatThrownBy(() -> shared.add(Care.NONE)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void everySubsetOfKindsIsTheSameUnmodifiableSetWhateverCollectionGivesIt() {
        for (Set<ServiceKind> subset : subsets(ServiceKind.values())) {
            Set<ServiceKind> shared = CountedKinds.kinds(subset);
            assertThat(shared).isEqualTo(subset);
            assertThat(CountedKinds.kinds(List.copyOf(subset))).isSameAs(shared);
        }
    }

    @Test
    void aRepeatedValueCountsOnce() {
        assertThat(CountedKinds.kinds(List.of(ServiceKind.GROUP, ServiceKind.GROUP)))
                .containsExactly(ServiceKind.GROUP);
    }

    @Test
    void aNullValueIsRefusedAsACopyOfTheSetWouldRefuseIt() {
        assertThatThrownBy(() -> CountedKinds.cares(Arrays.asList(Care.SPPL, null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCeilingAndItsQuotaKeyShareTheirSets() {
        Ceiling ceiling = new Ceiling(8, EnumSet.of(Care.SPPL, Care.SPS), Set.of(ServiceKind.INDIVIDUAL));
        assertThat(ceiling.cares()).isSameAs(CountedKinds.cares(PatientCeilings.COUNTED_CARES));
        assertThat(ceiling.kinds()).isEqualTo(Set.of(ServiceKind.INDIVIDUAL));
    }

    private static <E extends Enum<E>> List<Set<E>> subsets(E[] values) {
        List<Set<E>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << values.length; mask++) {
            EnumSet<E> set = EnumSet.noneOf(values[0].getDeclaringClass());
            for (int i = 0; i < values.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(values[i]);
                }
            }
            all.add(set);
        }
        return all;
    }
}
