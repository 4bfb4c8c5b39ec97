package kehu.servicedesk;

import java.util.List;

/**
 * What the desk offers for a matter being taken or handled (SVC-7): the handling templates of its category (the most
 * specific first: the category's own before its parents', its type's before any type's), the reply-letter templates
 * and the frequent answers that fit its words.
 */
public record GuideView(List<HandlingTemplateView> templates, List<FaqView> answers) {

    public boolean empty() {
        return templates.isEmpty() && answers.isEmpty();
    }
}
