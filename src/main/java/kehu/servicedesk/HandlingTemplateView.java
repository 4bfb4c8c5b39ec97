package kehu.servicedesk;

import java.util.List;

/** A handling template (SVC-7) with its steps split into lines; {@code matterType} null: any type. */
public record HandlingTemplateView(long id, String categoryCode, String categoryLabel, MatterType matterType, String title,
                                   List<String> steps, String standardAnswer, boolean active, long version) {
}
