package kehu.servicedesk;

/** A handling template as a supervisor writes it: steps one per line. */
public record HandlingTemplateForm(String categoryCode, MatterType matterType, String title, String steps,
                                   String standardAnswer) {
}
