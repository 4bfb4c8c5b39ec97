package kehu.customer.search;

import static kehu.customer.search.IndexFields.*;

import java.util.function.Supplier;

import kehu.customer.internal.Customer;
import kehu.platform.ReferenceData;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Maps {@link Customer} to the customer index programmatically, so the aggregate itself carries no
 * search annotations. See {@link IndexFields} for the fields; every field is searchable only, none is
 * projectable.
 */
final class CustomerIndexMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "customer";

    private final Supplier<ReferenceData> reference;

    CustomerIndexMapping(Supplier<ReferenceData> reference) {
        this.reference = reference;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var customer = context.programmaticMapping().type(Customer.class);
        customer.indexed().index(INDEX);
        customer.property("name").binder(new NameBinder());
        customer.binder(new PhoneBinder());
        customer.property("idNumber").binder(new IdNumberBinder());
        customer.property("regionCode").binder(new RegionBinder(reference));
        customer.property("tags").binder(new TagBinder());
        customer.property("fieldValues").binder(new FieldValueBinder());

        customer.property("kind").keywordField(KIND).projectable(Projectable.NO);
        customer.property("id").genericField(ID).sortable(Sortable.YES).projectable(Projectable.NO);
        customer.property("status").keywordField(STATUS).projectable(Projectable.NO)
                .keywordField(STATUS_SORT).sortable(Sortable.YES).searchable(Searchable.NO).projectable(Projectable.NO);
        customer.property("abcClass").keywordField(ABC_CLASS).projectable(Projectable.NO)
                .keywordField(ABC_CLASS_SORT).sortable(Sortable.YES).searchable(Searchable.NO).projectable(Projectable.NO);
        customer.property("valueClass").keywordField(VALUE_CLASS).projectable(Projectable.NO);
        customer.property("loyalty").keywordField(LOYALTY).projectable(Projectable.NO);
        customer.property("vip").genericField(VIP).projectable(Projectable.NO);
        customer.property("ownerStaffId").genericField(OWNER_STAFF).projectable(Projectable.NO);
        customer.property("mergedIntoId").genericField(MERGED_INTO).projectable(Projectable.NO);
        customer.property("ownerUnitId").genericField(OWNER_UNIT).projectable(Projectable.NO);
        customer.property("collaboratorIds").genericField(COLLABORATOR).projectable(Projectable.NO);
        customer.property("areaCode").keywordField(AREA).projectable(Projectable.NO);
        customer.property("industryCode").keywordField(INDUSTRY).projectable(Projectable.NO);
        customer.property("updatedAt").genericField(UPDATED_AT).sortable(Sortable.YES).projectable(Projectable.NO);
        customer.property("createdAt").genericField(CREATED_AT).sortable(Sortable.YES).searchable(Searchable.NO)
                .projectable(Projectable.NO);
        customer.property("lastFollowUpAt").genericField(LAST_FOLLOW_UP).sortable(Sortable.YES).searchable(Searchable.NO)
                .projectable(Projectable.NO);
    }
}
