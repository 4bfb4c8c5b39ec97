package kehu.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the survey module ({@code kehu.survey.*}).
 *
 * @param campaignsPerYear how many campaigns a year the plan expects at least (SPEC SUR-2: twice a year); the
 *                         campaign list warns when the current year has fewer
 * @param maxTargets       the largest target group a campaign may have (take a sample for more)
 */
@ConfigurationProperties("kehu.survey")
public record SurveySettings(@DefaultValue("2") int campaignsPerYear, @DefaultValue("100000") int maxTargets) {
}
