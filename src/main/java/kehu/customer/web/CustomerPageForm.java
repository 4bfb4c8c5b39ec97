package kehu.customer.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import kehu.customer.AbcClass;
import kehu.customer.CustomerForm;
import kehu.customer.CustomerKind;
import kehu.customer.CustomerStatus;
import kehu.customer.LoyaltyType;
import kehu.customer.ValueClass;

/**
 * The customer form as the page binds it: a plain bean, so that industry fields arrive as
 * {@code fields[CODE]} request parameters and errors can be shown next to each of them.
 * {@link #toForm()} gives the {@link CustomerForm} the facade checks.
 */
public class CustomerPageForm {

    private CustomerKind kind;
    private String name;
    private String idNumber;
    private String mobile;
    private String landline;
    private String regionCode;
    private String address;
    private String industryCode;
    private String source;
    private CustomerStatus status;
    private Set<String> tags = new LinkedHashSet<>();
    private String areaCode;
    private Long ownerStaffId;
    private AbcClass abcClass;
    private LoyaltyType loyalty;
    private ValueClass valueClass;
    private String creditGrade;
    private Boolean vip;
    private Map<String, String> fields = new LinkedHashMap<>();
    private String reason;
    private Long version;

    public static CustomerPageForm of(CustomerForm f) {
        var p = new CustomerPageForm();
        p.kind = f.kind();
        p.name = f.name();
        p.idNumber = f.idNumber();
        p.mobile = f.mobile();
        p.landline = f.landline();
        p.regionCode = f.regionCode();
        p.address = f.address();
        p.industryCode = f.industryCode();
        p.source = f.source();
        p.status = f.status();
        p.tags = f.tags() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(f.tags());
        p.areaCode = f.areaCode();
        p.ownerStaffId = f.ownerStaffId();
        p.abcClass = f.abcClass();
        p.loyalty = f.loyalty();
        p.valueClass = f.valueClass();
        p.creditGrade = f.creditGrade();
        p.vip = f.vip();
        p.fields = f.fields() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(f.fields());
        p.reason = f.reason();
        p.version = f.version();
        return p;
    }

    public CustomerForm toForm() {
        return new CustomerForm(kind, name, idNumber, mobile, landline, regionCode, address, industryCode, source, status,
                tags, areaCode, ownerStaffId, abcClass, loyalty, valueClass, creditGrade, vip, fields, reason, version);
    }

    public CustomerKind getKind() {
        return kind;
    }

    public void setKind(CustomerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getLandline() {
        return landline;
    }

    public void setLandline(String landline) {
        this.landline = landline;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags = tags;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public Long getOwnerStaffId() {
        return ownerStaffId;
    }

    public void setOwnerStaffId(Long ownerStaffId) {
        this.ownerStaffId = ownerStaffId;
    }

    public AbcClass getAbcClass() {
        return abcClass;
    }

    public void setAbcClass(AbcClass abcClass) {
        this.abcClass = abcClass;
    }

    public LoyaltyType getLoyalty() {
        return loyalty;
    }

    public void setLoyalty(LoyaltyType loyalty) {
        this.loyalty = loyalty;
    }

    public ValueClass getValueClass() {
        return valueClass;
    }

    public void setValueClass(ValueClass valueClass) {
        this.valueClass = valueClass;
    }

    public String getCreditGrade() {
        return creditGrade;
    }

    public void setCreditGrade(String creditGrade) {
        this.creditGrade = creditGrade;
    }

    public Boolean getVip() {
        return vip;
    }

    public void setVip(Boolean vip) {
        this.vip = vip;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
