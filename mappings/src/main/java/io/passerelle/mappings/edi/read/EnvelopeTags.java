package io.passerelle.mappings.edi.read;

import io.passerelle.mappings.edi.EdiStandard;

/** The envelope's segment tags in each syntax, and where the control references sit (1-based element positions). */
enum EnvelopeTags {
    EDIFACT("UNB", 5, "UNG", 5, "UNH", "UNT", "UNE", "UNZ"),
    X12("ISA", 13, "GS", 6, "ST", "SE", "GE", "IEA");

    final String interchange;
    final int interchangeReference;
    final String group;
    final int groupReference;
    final String messageHeader;
    final String messageTrailer;
    final String groupTrailer;
    final String interchangeTrailer;

    EnvelopeTags(String interchange, int interchangeReference, String group, int groupReference, String messageHeader,
                 String messageTrailer, String groupTrailer, String interchangeTrailer) {
        this.interchange = interchange;
        this.interchangeReference = interchangeReference;
        this.group = group;
        this.groupReference = groupReference;
        this.messageHeader = messageHeader;
        this.messageTrailer = messageTrailer;
        this.groupTrailer = groupTrailer;
        this.interchangeTrailer = interchangeTrailer;
    }

    static EnvelopeTags of(EdiStandard standard) {
        return standard == EdiStandard.X12 ? X12 : EDIFACT;
    }

    /** The segments before the first message: UNA, UNB, UNG; ISA, GS. */
    static boolean isHeader(String tag) {
        for (EnvelopeTags tags : values()) {
            if (tag.equals(tags.interchange) || tag.equals(tags.group)) {
                return true;
            }
        }
        return "UNA".equals(tag);
    }

    /** The segments after the last message: UNE, UNZ; GE, IEA. */
    static boolean isTrailer(String tag) {
        for (EnvelopeTags tags : values()) {
            if (tag.equals(tags.groupTrailer) || tag.equals(tags.interchangeTrailer)) {
                return true;
            }
        }
        return false;
    }

    boolean isEnvelope(SegmentCutter cutter) {
        return cutter.is(interchange) || cutter.is(group) || cutter.is(groupTrailer) || cutter.is(interchangeTrailer)
                || cutter.startsWith("UNA");
    }
}
