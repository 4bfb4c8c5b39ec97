package kehu.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import kehu.shared.DomainException;

import org.junit.jupiter.api.Test;

/** Identity numbers, credit codes and phone numbers check themselves (STYLE.md §6). */
class ValueObjectTests {

    static String messageKeyOf(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.violations().get(0).messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void acceptsRealIdCardNumbers() {
        assertThat(IdCardNumber.parse("11010519491231002X").birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdCardNumber.parse("440524188001010014").regionCode()).isEqualTo("440524");
        assertThat(IdCardNumber.parse("110101199003074477").value()).isEqualTo("110101199003074477");
    }

    @Test
    void acceptsALowerCaseXAndStoresItUpperCase() {
        assertThat(IdCardNumber.parse(" 11010519491231002x ").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(messageKeyOf(() -> IdCardNumber.parse("110105194912310021"))).isEqualTo("customer.idNumber.checkDigit");
        assertThat(messageKeyOf(() -> IdCardNumber.parse("110101199003074478"))).isEqualTo("customer.idNumber.checkDigit");
    }

    @Test
    void rejectsABirthDateThatDoesNotExist() {
        // 1990-02-30 with a correct check digit for the other 17 digits
        var first17 = "11010119900230123";
        assertThat(messageKeyOf(() -> IdCardNumber.parse(first17 + IdCardNumber.checkCharacter(first17))))
                .isEqualTo("customer.idNumber.birthDate");
    }

    @Test
    void rejectsWrongLengthAndCharacters() {
        assertThat(messageKeyOf(() -> IdCardNumber.parse("1101051949123100"))).isEqualTo("customer.idNumber.format");
        assertThat(messageKeyOf(() -> IdCardNumber.parse("11010519491231002Y"))).isEqualTo("customer.idNumber.format");
        assertThat(messageKeyOf(() -> IdCardNumber.parse("X1010519491231002X"))).isEqualTo("customer.idNumber.format");
        assertThat(messageKeyOf(() -> new IdCardNumber(null))).isEqualTo("customer.idNumber.format");
    }

    @Test
    void acceptsRealCreditCodes() {
        for (var code : new String[] {"91350100M000100Y43", "914403001922038216", "91110108551385082Q", "91440300708461136T"}) {
            assertThat(CreditCode.parse(code).value()).isEqualTo(code);
        }
        assertThat(CreditCode.parse(" 91110108551385082q ").value()).isEqualTo("91110108551385082Q");
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(messageKeyOf(() -> CreditCode.parse("91350100M000100Y44"))).isEqualTo("customer.creditCode.checkDigit");
        assertThat(messageKeyOf(() -> CreditCode.parse("914403001922038217"))).isEqualTo("customer.creditCode.checkDigit");
    }

    @Test
    void rejectsCreditCodesWithLettersOutsideTheAlphabetOrTheWrongLength() {
        assertThat(messageKeyOf(() -> CreditCode.parse("91350100M000100I43"))).isEqualTo("customer.creditCode.format");
        assertThat(messageKeyOf(() -> CreditCode.parse("91350100M000100Y4"))).isEqualTo("customer.creditCode.format");
        assertThat(messageKeyOf(() -> CreditCode.parse("91350100M000100Y433"))).isEqualTo("customer.creditCode.format");
    }

    @Test
    void computesTheCheckCharacterOfAGeneratedCode() {
        var first17 = "91330106MA2812345";
        var code = first17 + CreditCode.checkCharacterOf(first17);
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
        assertThatThrownBy(() -> CreditCode.checkCharacterOf("91330106MA28123")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsMainlandMobilesAsPeopleTypeThem() {
        assertThat(MobileNumber.parse("13800138000").value()).isEqualTo("13800138000");
        assertThat(MobileNumber.parse("138 0013 8000").value()).isEqualTo("13800138000");
        assertThat(MobileNumber.parse("+86 139-1234-5678").value()).isEqualTo("13912345678");
        assertThat(MobileNumber.parse("8619912345678").value()).isEqualTo("19912345678");
    }

    @Test
    void rejectsMobilesWithTenDigitsOrAWrongPrefix() {
        assertThat(messageKeyOf(() -> MobileNumber.parse("1380013800"))).isEqualTo("customer.mobile.invalid");
        assertThat(messageKeyOf(() -> MobileNumber.parse("138001380001"))).isEqualTo("customer.mobile.invalid");
        assertThat(messageKeyOf(() -> MobileNumber.parse("12800138000"))).isEqualTo("customer.mobile.invalid");
        assertThat(messageKeyOf(() -> MobileNumber.parse("1380013800a"))).isEqualTo("customer.mobile.invalid");
    }

    @Test
    void acceptsLandlinesWithAreaCodeAndExtension() {
        assertThat(Landline.parse("010-12345678").value()).isEqualTo("010-12345678");
        assertThat(Landline.parse("0571-8765432").value()).isEqualTo("0571-8765432");
        assertThat(Landline.parse("0755-86013388-8021").value()).isEqualTo("0755-86013388-8021");
        assertThat(Landline.parse("(021)64318888").value()).isEqualTo("021-64318888");
        assertThat(Landline.parse("（0571）87654321").areaCode()).isEqualTo("0571");
        assertThat(Landline.parse("01012345678").value()).isEqualTo("010-12345678");
        assertThat(Landline.parse("05718765432").value()).isEqualTo("0571-8765432");
        assertThat(Landline.parse("0755-86013388转8021").value()).isEqualTo("0755-86013388-8021");
    }

    @Test
    void rejectsLandlinesWithoutAreaCodeOrWithAWrongLength() {
        assertThat(messageKeyOf(() -> Landline.parse("12345678"))).isEqualTo("customer.landline.invalid");
        assertThat(messageKeyOf(() -> Landline.parse("010-123456"))).isEqualTo("customer.landline.invalid");
        assertThat(messageKeyOf(() -> Landline.parse("010-123456789"))).isEqualTo("customer.landline.invalid");
        assertThat(messageKeyOf(() -> Landline.parse("010-02345678"))).isEqualTo("customer.landline.invalid");
    }

    @Test
    void aContactPhoneIsAMobileOrALandline() {
        assertThat(PhoneNumber.parse("139 1234 5678")).isEqualTo(new PhoneNumber("13912345678", true));
        assertThat(PhoneNumber.parse("010-12345678")).isEqualTo(new PhoneNumber("010-12345678", false));
        assertThat(messageKeyOf(() -> PhoneNumber.parse("12345"))).isEqualTo("customer.phone.invalid");
    }

    @Test
    void normalisesNamesForComparison() {
        assertThat(CustomerNames.normalise("北京 （海淀）科技有限公司")).isEqualTo(CustomerNames.normalise("北京(海淀)科技"));
        assertThat(CustomerNames.normalise("ＡＢＣ 贸易 股份有限公司")).isEqualTo("abc贸易");
        assertThat(CustomerNames.normalise("张三")).isEqualTo("张三");
        assertThat(CustomerNames.normalise("有限公司")).isEqualTo("有限公司");
    }
}
