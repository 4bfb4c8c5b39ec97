package kehu.survey;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import kehu.customer.AbcClass;
import kehu.customer.ValueClass;

/**
 * A campaign plan (SUR-2). Field errors name these components.
 *
 * @param templateVersionId a published questionnaire version
 * @param abcClass          required when {@code targetMode} is ABC_CLASS
 * @param valueClass        required when {@code targetMode} is VALUE_CLASS
 * @param sampleSize        null: the whole group; N: a random sample of N customers of it
 */
public record CampaignForm(String title, String purpose, Long templateVersionId, Channel channel,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, TargetMode targetMode, AbcClass abcClass, ValueClass valueClass,
                           Integer sampleSize) {
}
