package kehu.platform;

import java.util.List;
import java.util.Optional;

/**
 * Reference data (ORG-8) as other modules see it: dictionaries (customer types, request categories,
 * causes, industries, channels …) and the regions province › city › district. Modules store an item's
 * or region's code and ask here for its label and whether it may still be chosen.
 *
 * <p>Administrators never delete items or regions, they disable them: a disabled one (or one under a
 * disabled parent) is no longer offered ({@link #items}, {@link #children}) nor valid for new input
 * ({@link #isValidItem}, {@link #isValidRegion}), but its label and path still resolve, so records
 * that use it keep showing it. Answers come from memory and follow an administrator's edit at once.
 */
public interface ReferenceData {

    /** Dictionary type codes shipped with Kehu. */
    String CUSTOMER_TYPE = "customer-type";
    String REQUEST_CATEGORY = "request-category";
    String CAUSE = "cause";
    String INDUSTRY = "industry";
    String CHANNEL = "channel";
    String SERVICE_ITEM = "service-item";

    /**
     * An item of a dictionary.
     *
     * @param parentCode code of the parent item in a tree dictionary, null at the top
     * @param depth      0 at the top, 1 for a child …
     */
    record Item(String code, String label, String parentCode, int depth) {
    }

    /**
     * A region.
     *
     * @param code       administrative division code, e.g. {@code 110108}
     * @param parentCode the province of a city, the city of a district; null for a province
     * @param level      1 province, 2 city, 3 district
     */
    record Region(String code, String name, String parentCode, int level) {
    }

    /**
     * The items that may be chosen, in tree order (each parent followed by its children, siblings by
     * their sort order). Empty for an unknown type.
     */
    List<Item> items(String typeCode);

    /** The label of an item, enabled or not; empty when the type has no such item. */
    Optional<String> label(String typeCode, String itemCode);

    /** Whether the item exists and may be chosen (it and its parents are enabled). */
    boolean isValidItem(String typeCode, String itemCode);

    /** The names from the province down to this region, e.g. [北京市, 市辖区, 海淀区]; empty when unknown. */
    List<String> regionPath(String code);

    /** The region with this code, enabled or not. */
    Optional<Region> region(String code);

    /** The enabled regions under a region, by code; with {@code null}, the provinces. */
    List<Region> children(String regionCode);

    /** Whether the region exists and may be chosen (it and the regions above it are enabled). */
    boolean isValidRegion(String code);
}
