package kehu.survey;

import java.util.List;

/** Questionnaires the survey tests use: one item of every kind. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    static TemplateForm everyKind(String name) {
        return new TemplateForm(name, "测试问卷", List.of(
                new ItemDraft(ItemKind.SCALE, "您对接待服务满意吗？", true, List.of()),
                new ItemDraft(ItemKind.YES_NO, "问题是否一次解决？", true, List.of()),
                new ItemDraft(ItemKind.SINGLE_CHOICE, "您通过什么渠道报事？", false, List.of("电话", "上门", "网上")),
                new ItemDraft(ItemKind.MULTIPLE_CHOICE, "您最看重哪些方面？", false, List.of("速度", "态度", "质量")),
                new ItemDraft(ItemKind.NPS, "您向亲友推荐我们的可能性有多大？", true, List.of()),
                new ItemDraft(ItemKind.TEXT, "其他意见和建议", false, List.of())));
    }
}
