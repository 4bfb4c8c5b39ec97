/**
 * Surveys (SUR-1, SUR-2): versioned questionnaire templates, survey campaigns with approval, target
 * groups, responses, per-item aggregation, improvement actions and the follow-up of respondents who raised
 * issues. Other modules use {@link kehu.survey.Questionnaires} (fetch a published version, record an
 * answer set) and the events of this package; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys",
        allowedDependencies = {"customer", "organization", "platform", "shared"})
package kehu.survey;
