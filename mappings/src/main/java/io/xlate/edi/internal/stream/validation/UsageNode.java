/*******************************************************************************
 * Copyright 2017 xlate.io LLC, http://www.xlate.io
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not
 * use this file except in compliance with the License. You may obtain a copy of
 * the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
 * License for the specific language governing permissions and limitations under
 * the License.
 ******************************************************************************/
package io.xlate.edi.internal.stream.validation;

/*
 * PASSERELLE: a patch carried on StAEDI 1.26.0's UsageNode (Apache-2.0, see the header above). Remove this file once
 * StAEDI releases the same change; StaediPatchTest fails when the StAEDI version moves, to make us look.
 *
 * Why: validating an ORDERS interchange against a message schema ran at a fifth of the bare parse, and profiling put
 * two thirds of that time here:
 *  - getChildren(version) filtered and copied a segment's children into a new list for every element and component
 *    read, several times per element. The filtered list depends only on the version, so it is kept per node, and
 *    kept for every version when no child has versioned occurrences.
 *  - occurrences asked with a version (getMinOccurs(version), getMaxOccurs(version)) walk the reference's version
 *    list through a new iterator and two lambdas even when it is empty, as it is in our schemas: asked without one
 *    then. The node's id, simple type and node type are read from the schema once (fields below).
 *  - reset() walked the whole subtree below a loop each time the loop repeated, used or not. A node now knows whether
 *    anything below it was used since its last reset (incrementUsage marks its ancestors), and a reset stops at
 *    subtrees with nothing to clear. resetChildren(), which the validator calls on every composite's first component
 *    and every segment, likewise stops at once when none of the children was used since they were last cleared.
 *  - whether the link has versioned occurrences, and its plain minimum and maximum, were asked of the schema for
 *    every element read (three dependent reads through an unmodifiable list, cache misses under load): read once.
 * Validation results are unchanged: the EDI tests (our fixtures and the public samples) run against this class.
 * These changes rely on a UsageNode tree belonging to one validator, read by one thread, as StAEDI builds them.
 */

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.xlate.edi.internal.stream.tokenization.Dialect;
import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDISyntaxRule;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.implementation.EDITypeImplementation;
import io.xlate.edi.stream.EDIStreamValidationError;

class UsageNode {

    private static final String TOSTRING_FORMAT = "usageCount: %d, depth: %d, link: { %s }";

    private final UsageNode parent;
    private final int depth;
    private final EDIReference link;
    private final int siblingIndex;

    private final ElementValidator validator;
    private final List<UsageNode> children = new ArrayList<>();
    private int usageCount;
    /** PASSERELLE: something in this subtree may have been used since the last reset. */
    private boolean dirty = true;
    /**
     * PASSERELLE: a child may have been used since the children were last cleared. Whenever a node is dirty, its parent
     * is dirty and has this set: incrementUsage keeps it so, and resetChildren leaves every child clean.
     */
    private boolean childrenDirty = true;
    /** PASSERELLE: the link's occurrences, read once (the schema is complete before a validator builds its nodes). */
    private final boolean versionedOccurrences;
    private final int minOccurs;
    private final int maxOccurs;
    /** PASSERELLE: getChildren(version) for {@link #childrenVersion}, kept since it depends on nothing else. */
    private List<UsageNode> childrenOfVersion;
    private String childrenVersion;
    /**
     * PASSERELLE: no child's occurrences depend on the version, so the list above serves every version. The message
     * header is read with a version that grows component by component (".D..", ".D.96A.", ... "UN.D.96A.EAN008"),
     * which otherwise rebuilt the header's list five times per message.
     */
    private boolean childrenVersionFree;
    /*
     * PASSERELLE: what the link says of itself, read once: getId() and getSimpleType() built a lambda and a method
     * reference per call, and isNodeType() asked the referenced type per type tested, for every element read. The
     * schema is complete before a validator builds its nodes, so these do not change.
     */
    private String id;
    private EDISimpleType simpleType;
    private EDIType.Type nodeType;

    UsageNode(UsageNode parent, int depth, EDIReference link, int siblingIndex) {
        Objects.requireNonNull(link, "link");
        this.parent = parent;
        this.depth = depth;
        this.link = link;

        EDIType referencedType = link.getReferencedType();

        if (referencedType instanceof EDISimpleType) {
            final EDISimpleType simple = (EDISimpleType) referencedType;
            this.validator = ElementValidator.getInstance(simple.getBase());
        } else {
            this.validator = null;
        }

        this.siblingIndex = siblingIndex;
        this.versionedOccurrences = link.hasVersions();
        this.minOccurs = link.getMinOccurs();
        this.maxOccurs = link.getMaxOccurs();
    }

    public static boolean hasMinimumUsage(String version, UsageNode node) {
        return node == null || node.hasMinimumUsage(version);
    }

    public static UsageNode getFirstChild(UsageNode node) {
        return node != null ? node.getFirstChild() : null;
    }

    static <I, T, R> R withTypeOrElseGet(I reference, Class<T> type, Function<T, R> mapper, Supplier<R> defaultValue) {
        if (type.isInstance(reference)) {
            return mapper.apply(type.cast(reference));
        }
        return defaultValue.get();
    }

    public UsageNode getFirstSiblingSameType() {
        EDIType type = getReferencedType();
        UsageNode sibling = getFirstSibling();

        while (!type.equals(sibling.getReferencedType())) {
            sibling = sibling.getNextSibling();
        }

        return sibling;
    }

    public static void resetChildren(UsageNode... nodes) {
        for (UsageNode node : nodes) {
            if (node != null) {
                node.resetChildren();
            }
        }
    }

    @Override
    public String toString() {
        return String.format(TOSTRING_FORMAT, usageCount, depth, link);
    }

    UsageNode getParent() {
        return parent;
    }

    int getDepth() {
        return depth;
    }

    EDIReference getLink() {
        return link;
    }

    EDIType getReferencedType() {
        return link.getReferencedType();
    }

    List<UsageNode> getChildren() {
        return children;
    }

    UsageNode getChild(int index) {
        return (index < children.size()) ? children.get(index) : null;
    }

    List<UsageNode> getChildren(String version) {
        if (childrenOfVersion != null && (childrenVersionFree || Objects.equals(version, childrenVersion))) {
            return childrenOfVersion;
        }
        childrenOfVersion = Collections.unmodifiableList(children.stream()
                .filter(c -> c == null || (c.link.hasVersions() ? c.link.getMaxOccurs(version) : c.link.getMaxOccurs()) > 0)
                .collect(Collectors.toList()));
        childrenVersion = version;
        childrenVersionFree = children.stream().allMatch(c -> c == null || !c.link.hasVersions());
        return childrenOfVersion;
    }

    UsageNode getChild(String version, int index) {
        final List<UsageNode> versionedChildren = getChildren(version);
        return (index < versionedChildren.size()) ? versionedChildren.get(index) : null;
    }

    boolean isImplementation() {
        return (link instanceof EDITypeImplementation);
    }

    String getId() {
        if (id == null) {
            id = withTypeOrElseGet(link, EDITypeImplementation.class, EDITypeImplementation::getId, link.getReferencedType()::getId);
        }
        return id;
    }

    EDISimpleType getSimpleType() {
        if (simpleType == null) {
            simpleType = withTypeOrElseGet(link, EDISimpleType.class, EDISimpleType.class::cast,
                    () -> (EDISimpleType) link.getReferencedType());
        }
        return simpleType;
    }

    void validate(Dialect dialect, CharSequence value, List<EDIStreamValidationError> errors) {
        validator.validate(dialect, getSimpleType(), value, errors);
    }

    void format(Dialect dialect, CharSequence value, StringBuilder result) {
        validator.format(dialect, getSimpleType(), value, result);
    }

    List<EDISyntaxRule> getSyntaxRules() {
        EDIType referencedNode = link.getReferencedType();
        return withTypeOrElseGet(referencedNode, EDIComplexType.class, EDIComplexType::getSyntaxRules, Collections::emptyList);
    }

    int getIndex() {
        return siblingIndex;
    }

    void incrementUsage() {
        usageCount++;
        dirty = true;
        // An ancestor already dirty has its own ancestors marked: marking stops there.
        for (UsageNode ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            ancestor.childrenDirty = true;
            if (ancestor.dirty) {
                break;
            }
            ancestor.dirty = true;
        }
    }

    boolean isUsed() {
        return usageCount > 0;
    }

    boolean isFirstChild() {
        return this == getFirstSibling();
    }

    boolean hasMinimumUsage(String version) {
        return usageCount >= (versionedOccurrences ? link.getMinOccurs(version) : minOccurs);
    }

    boolean hasVersions() {
        return getSimpleType().hasVersions();
    }

    boolean exceedsMaximumUsage(String version) {
        return usageCount > (versionedOccurrences ? link.getMaxOccurs(version) : maxOccurs);
    }

    boolean isNodeType(EDIType.Type... types) {
        EDIType.Type nodeType = getNodeType();
        for (EDIType.Type type : types) {
            if (nodeType == type) {
                return true;
            }
        }
        return false;
    }

    EDIType.Type getNodeType() {
        if (nodeType == null) {
            nodeType = link.getReferencedType().getType();
        }
        return nodeType;
    }

    void reset() {
        if (!dirty) {
            return;
        }
        usageCount = 0;
        resetChildren();
        dirty = false;
    }

    void resetChildren() {
        if (!childrenDirty) {
            return;
        }
        for (UsageNode node : children) {
            if (node != null) {
                node.reset();
            }
        }
        childrenDirty = false;
    }

    private UsageNode getSibling(int index) {
        return parent != null ? parent.getChild(index) : null;
    }

    UsageNode getFirstSibling() {
        return getSibling(0);
    }

    UsageNode getNextSibling() {
        return getSibling(siblingIndex + 1);
    }

    public UsageNode getFirstChild() {
        return getChild(0);
    }

    private UsageNode getChildById(CharSequence id) {
        for (UsageNode child : children) {
            if (child.getId().contentEquals(id)) {
                return child;
            }
        }
        return null;
    }

    UsageNode getSiblingById(CharSequence id) {
        return parent != null ? parent.getChildById(id) : null;
    }
}
