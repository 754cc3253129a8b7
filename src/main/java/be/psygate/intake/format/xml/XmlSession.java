package be.psygate.intake.format.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * One {@code session} element: the ten fields of a CSV line, as text, exactly as the document carries them
 * (not trimmed). A missing optional element is {@code null}.
 */
@XmlType(name = "Session", propOrder = {
        "lineRef", "psychologistInami", "patientNiss", "insurerCode", "preferentialRegime", "sessionDate",
        "pseudocode", "groupParticipants", "referralDate", "prescriberInami"})
public class XmlSession {

    @XmlElement(required = true) private String lineRef;
    @XmlElement(required = true) private String psychologistInami;
    @XmlElement(required = true) private String patientNiss;
    @XmlElement(required = true) private String insurerCode;
    @XmlElement(required = true) private String preferentialRegime;
    @XmlElement(required = true) private String sessionDate;
    @XmlElement(required = true) private String pseudocode;
    private String groupParticipants;
    private String referralDate;
    private String prescriberInami;

    public String getLineRef() {
        return lineRef;
    }

    public void setLineRef(String lineRef) {
        this.lineRef = lineRef;
    }

    public String getPsychologistInami() {
        return psychologistInami;
    }

    public void setPsychologistInami(String psychologistInami) {
        this.psychologistInami = psychologistInami;
    }

    public String getPatientNiss() {
        return patientNiss;
    }

    public void setPatientNiss(String patientNiss) {
        this.patientNiss = patientNiss;
    }

    public String getInsurerCode() {
        return insurerCode;
    }

    public void setInsurerCode(String insurerCode) {
        this.insurerCode = insurerCode;
    }

    public String getPreferentialRegime() {
        return preferentialRegime;
    }

    public void setPreferentialRegime(String preferentialRegime) {
        this.preferentialRegime = preferentialRegime;
    }

    public String getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(String sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getPseudocode() {
        return pseudocode;
    }

    public void setPseudocode(String pseudocode) {
        this.pseudocode = pseudocode;
    }

    public String getGroupParticipants() {
        return groupParticipants;
    }

    public void setGroupParticipants(String groupParticipants) {
        this.groupParticipants = groupParticipants;
    }

    public String getReferralDate() {
        return referralDate;
    }

    public void setReferralDate(String referralDate) {
        this.referralDate = referralDate;
    }

    public String getPrescriberInami() {
        return prescriberInami;
    }

    public void setPrescriberInami(String prescriberInami) {
        this.prescriberInami = prescriberInami;
    }
}
