package org.partnermatch.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A layered map reads as a plain map given the same puts and removes, through generations each made over the one
 * before (as snapshots are), whether its layer is kept or folded into a new base; the maps it was made over never
 * change.
 */
class LayeredMapTest {

    @Test
    void readsAsAPlainMapThroughGenerationsOfChanges() {
        Random random = new Random(19);
        Map<Integer, String> model = new HashMap<>();
        for (int k = 0; k < 2_000; k++) {
            model.put(k, "v" + k);
        }
        Map<Integer, String> current = Collections.unmodifiableMap(new HashMap<>(model));
        int kept = 0;
        int folded = 0;
        for (int generation = 0; generation < 300; generation++) {
            Map<Integer, String> before = new HashMap<>(current);
            Map<Integer, String> previous = current;
            LayeredMap<Integer, String> next = LayeredMap.over(previous);
            int changes = 1 + random.nextInt(generation % 50 == 49 ? 400 : 12);
            for (int c = 0; c < changes; c++) {
                int key = random.nextInt(2_600); // some keys never in the base, some removed and put back
                if (random.nextInt(3) == 0) {
                    assertThat(next.remove(key)).isEqualTo(model.remove(key));
                } else {
                    String value = "g" + generation + "-" + c;
                    assertThat(next.put(key, value)).isEqualTo(model.put(key, value));
                }
            }
            current = next.seal();
            if (current == next) {
                kept++;
            } else {
                folded++;
                assertThat(((LayeredMap<Integer, String>) current).layerSize()).isZero();
            }
            assertSame(current, model);
            assertThat(previous).as("the map it was made over").isEqualTo(before);
        }
        assertThat(kept).as("generations that kept their layer").isGreaterThan(200);
        assertThat(folded).as("generations that folded it").isGreaterThan(3);
    }

    private static void assertSame(Map<Integer, String> map, Map<Integer, String> model) {
        assertThat(map.size()).isEqualTo(model.size());
        assertThat(map).isEqualTo(model);
        assertThat(model).isEqualTo(map);
        assertThat(new ArrayList<>(map.values())).containsExactlyInAnyOrderElementsOf(model.values());
        Map<Integer, String> seen = new HashMap<>();
        map.forEach((k, v) -> assertThat(seen.put(k, v)).as("each key once").isNull());
        assertThat(seen).isEqualTo(model);
        Map<Integer, String> iterated = new HashMap<>();
        for (Map.Entry<Integer, String> e : map.entrySet()) {
            assertThat(iterated.put(e.getKey(), e.getValue())).as("each key once").isNull();
        }
        assertThat(iterated).isEqualTo(model);
        for (int key = -1; key < 2_601; key++) {
            assertThat(map.get(key)).isEqualTo(model.get(key));
            assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
        }
    }

    @Test
    void keepsALayerUpToItsLimitThenFoldsIt() {
        Map<Integer, Integer> base = new HashMap<>();
        for (int k = 0; k < 10_000; k++) {
            base.put(k, k);
        }
        int limit = LayeredMap.limit(10_000);
        assertThat(limit).isEqualTo(400);
        Map<Integer, Integer> current = Collections.unmodifiableMap(base);
        for (int k = 0; k < limit; k++) {
            LayeredMap<Integer, Integer> next = LayeredMap.over(current);
            next.put(k, -k);
            current = next.seal();
            assertThat(current).isSameAs(next);
            assertThat(next.layerSize()).isEqualTo(k + 1);
        }
        LayeredMap<Integer, Integer> last = LayeredMap.over(current);
        last.remove(9_999);
        Map<Integer, Integer> folded = last.seal();
        assertThat(folded).isNotSameAs(last).hasSize(9_999).containsEntry(0, 0).containsEntry(399, -399)
                .containsEntry(400, 400).doesNotContainKey(9_999);
        assertThatThrownBy(() -> folded.put(1, 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(LayeredMap.over(folded).layerSize()).isZero();
    }

    @Test
    void aSealedMapIsReadOnlyAndOnlyASealedOneIsBuiltOn() {
        LayeredMap<String, String> map = LayeredMap.over(Map.of("a", "1"));
        map.put("b", "2");
        assertThatThrownBy(() -> LayeredMap.over(map)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> map.put("c", null)).isInstanceOf(NullPointerException.class);
        Map<String, String> sealed = map.seal();
        assertThat(sealed).isSameAs(map).isEqualTo(Map.of("a", "1", "b", "2"));
        assertThatThrownBy(() -> sealed.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sealed.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sealed.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        LayeredMap<String, String> next = LayeredMap.over(sealed);
        next.remove("a");
        next.put("b", "3");
        assertThat(next).isEqualTo(Map.of("b", "3"));
        assertThat(sealed).as("the map it was made over").isEqualTo(Map.of("a", "1", "b", "2"));
    }
}
