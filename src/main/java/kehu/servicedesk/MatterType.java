package kehu.servicedesk;

/**
 * What kind of matter a customer brings (SVC-1). The prefix starts the matter's readable number
 * (pinyin initials: 投诉 TS, 咨询 ZX, 建议 JY, 报修 BX, 求助 QZ, 质疑 ZY, 表扬 BY).
 */
public enum MatterType {
    COMPLAINT("TS"), CONSULTATION("ZX"), SUGGESTION("JY"), REPAIR("BX"), HELP("QZ"), DISPUTE("ZY"), PRAISE("BY");

    private final String prefix;

    MatterType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** A complaint closes only after the customer's feedback or a return visit (SVC-4). */
    public boolean needsFeedbackToClose() {
        return this == COMPLAINT;
    }
}
