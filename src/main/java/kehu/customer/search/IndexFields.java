package kehu.customer.search;

/**
 * The fields of the customer index, written by {@link CustomerIndexMapping} and its binders and read
 * by {@link CustomerIndexQuery}. Nothing is stored: the index only finds ids, the rows come from the
 * database (so sensitive values are matched but never handed out from the index).
 */
final class IndexFields {

    // name (NameBinder)
    static final String NAME_NGRAM = "name_ngram";
    static final String NAME_HEAD = "name_head";
    static final String NAME_EXACT = "name_exact";
    static final String NAME_WORDS = "name_words";
    static final String NAME_SORT = "name_sort";
    static final String PINYIN = "pinyin";
    static final String PINYIN_HEAD = "pinyin_head";

    // phones (PhoneBinder), identity number (IdNumberBinder)
    static final String PHONE_DIGITS = "phone_digits";
    static final String PHONE_TAIL = "phone_tail";
    static final String ID_EXACT = "id_exact";
    static final String ID_PREFIX = "id_prefix";

    // tags (TagBinder), industry fields (FieldValueBinder)
    static final String TAG = "tag";
    static final String TAG_TEXT = "tag_text";
    static final String FIELD_TEXT = "field_text";

    /** Typed value of industry field {@code id}: {@code field_12_text}, {@code field_12_number} … */
    static String field(long fieldId, String type) {
        return "field_" + fieldId + "_" + type;
    }

    static final String TEXT = "text";
    static final String NUMBER = "number";
    static final String DATE = "date";
    static final String BOOL = "bool";

    // filters and sorts (plain property mappings; REGION from RegionBinder)
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String ABC_CLASS = "abc_class";
    static final String VALUE_CLASS = "value_class";
    static final String LOYALTY = "loyalty";
    static final String VIP = "vip";
    static final String OWNER_STAFF = "owner_staff_id";
    /** Set on a customer merged into another one (CUS-4); such customers are never found. */
    static final String MERGED_INTO = "merged_into_id";
    static final String OWNER_UNIT = "owner_unit_id";
    static final String COLLABORATOR = "collaborator_id";
    static final String AREA = "area_code";
    static final String REGION = "region";
    static final String INDUSTRY = "industry_code";
    static final String UPDATED_AT = "updated_at";
    static final String CREATED_AT = "created_at";
    static final String LAST_FOLLOW_UP = "last_follow_up_at";
    static final String STATUS_SORT = "status_sort";
    static final String ABC_CLASS_SORT = "abc_class_sort";
    /** The customer id again, as a sortable number (the last tie-breaker). */
    static final String ID = "id_sort";

    private IndexFields() {
    }
}
