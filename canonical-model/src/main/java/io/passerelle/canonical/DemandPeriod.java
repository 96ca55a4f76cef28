package io.passerelle.canonical;

/** The period an average demand is expressed per. */
public enum DemandPeriod {
    DAY,
    WEEK,
    MONTH
}
