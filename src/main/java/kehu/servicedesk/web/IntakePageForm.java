package kehu.servicedesk.web;

import kehu.servicedesk.IntakeForm;
import kehu.servicedesk.MatterType;
import kehu.servicedesk.Priority;
import kehu.servicedesk.Severity;

/** The phone clerk's intake form as the page binds it. */
public class IntakePageForm {

    private String token;
    private String customerQuery;
    private Long customerId;
    private MatterType type = MatterType.COMPLAINT;
    private String channel = "phone";
    private String categoryCode;
    private Priority priority = Priority.NORMAL;
    private boolean major;
    private String subject;
    private String description;
    private String callerName;
    private String callbackNumber;
    private String areaCode;
    private boolean answeredOnTheSpot;
    private String answer;

    IntakeForm toForm() {
        return new IntakeForm(type, channel, categoryCode, priority, major ? Severity.MAJOR : Severity.ROUTINE, subject,
                description, customerId, callerName, callbackNumber, areaCode, answeredOnTheSpot, answer, token);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getCustomerQuery() { return customerQuery; }
    public void setCustomerQuery(String customerQuery) { this.customerQuery = customerQuery; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public MatterType getType() { return type; }
    public void setType(MatterType type) { this.type = type; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public boolean isMajor() { return major; }
    public void setMajor(boolean major) { this.major = major; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String callerName) { this.callerName = callerName; }
    public String getCallbackNumber() { return callbackNumber; }
    public void setCallbackNumber(String callbackNumber) { this.callbackNumber = callbackNumber; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public boolean isAnsweredOnTheSpot() { return answeredOnTheSpot; }
    public void setAnsweredOnTheSpot(boolean answeredOnTheSpot) { this.answeredOnTheSpot = answeredOnTheSpot; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
