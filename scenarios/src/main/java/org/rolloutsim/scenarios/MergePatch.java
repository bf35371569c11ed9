package org.rolloutsim.scenarios;

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
        if (!(patch instanceof MapNode patchMap)) {
            return patch;
        }
        MapNode result = target instanceof MapNode map ? map : new MapNode(java.util.List.of(), patch.location());
        for (Entry e : patchMap.entries()) {
            if (e.value() instanceof Scalar s && s.isNull()) {
                result = result.without(e.key());
            } else {
                result = result.with(e.key(), e.keyLocation(), apply(result.get(e.key()), e.value()));
            }
        }
        return result;
    }
}
