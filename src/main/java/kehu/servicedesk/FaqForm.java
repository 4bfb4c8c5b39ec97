package kehu.servicedesk;

/** An answer to a frequent consultation as a supervisor writes it; keywords separated by spaces. */
public record FaqForm(String question, String answer, String categoryCode, String keywords) {
}
