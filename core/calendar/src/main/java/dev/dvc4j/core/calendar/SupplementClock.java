package dev.dvc4j.core.calendar;

/** What a completed supplement does to the processing clock. */
public enum SupplementClock {
    /**
     * Decision 45/2016/QĐ-TTg Art. 7 cl. 4: once the supplement is complete, that moment becomes the filing time
     * and the full processing period counts again.
     */
    RESTART,
    /**
     * The national portal's on-time formula: the interval from the request to the complete supplement is excluded,
     * so the due time moves later by the working time of that interval.
     */
    SUBTRACT
}
