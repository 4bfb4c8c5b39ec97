package kehu.survey;

/**
 * Whom a campaign surveys, always within the planner's customer data scope and never closed or lost
 * customers: ALL of them, those of one ABC class, or those of one value class; optionally a random sample of N
 * of that group (drawn with a seed kept on the campaign, so the same sample can be drawn again).
 */
public enum TargetMode {
    ALL, ABC_CLASS, VALUE_CLASS
}
