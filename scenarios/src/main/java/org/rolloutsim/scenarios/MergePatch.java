package org.rolloutsim.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolloutsim.scenarios.Node.Entry;
import org.rolloutsim.scenarios.Node.MapNode;
import org.rolloutsim.scenarios.Node.Scalar;

/**
 * JSON Merge Patch (RFC 7396) on located trees, used for variants: a mapping in the patch merges
 * into the target key by key, {@code null} deletes a key, and anything else (a number, a list)
 * replaces the target's value whole. Every value keeps the location it was written at, so an error
 * in a merged scenario points into the file that wrote the offending value.
 */
final class MergePatch {
    private MergePatch() {
    }

    static Node apply(Node target, Node patch) {
        return apply(target, patch, false);
    }

    /**
     * The patched tree to validate: as {@link #apply}, but a field of the target that the patch
     * deletes stays, as the patch's null at the patch's place. A null field reads as absent, so the
     * scenario is the same; a problem its absence causes ("required field 'sites' is empty") is then
     * reported at the variant that deleted it, not at the top of the base file.
     */
    static Node applyKeepingDeletions(Node target, Node patch) {
        return apply(target, patch, true);
    }

    private static Node apply(Node target, Node patch, boolean keepDeletions) {
        if (!(patch instanceof MapNode patchMap)) {
            return patch;
        }
        MapNode base = target instanceof MapNode map ? map : new MapNode(List.of(), patch.location());
        // Keyed copy, so that a large patch costs linear time; order: the target's, then new keys.
        Map<String, Entry> result = new LinkedHashMap<>();
        for (Entry e : base.entries()) {
            result.put(e.key(), e);
        }
        for (Entry e : patchMap.entries()) {
            if (e.value() instanceof Scalar s && s.isNull()) {
                if (keepDeletions && result.containsKey(e.key())) {
                    result.put(e.key(), e);
                } else {
                    result.remove(e.key());
                }
            } else {
                Entry old = result.get(e.key());
                Node merged = apply(old == null ? null : old.value(), e.value(), keepDeletions);
                result.put(e.key(), new Entry(e.key(), e.keyLocation(), merged));
            }
        }
        return new MapNode(List.copyOf(result.values()), base.location());
    }
}
