package org.secondopinion.legal.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.secondopinion.platform.control.PlainText;

/** The reviewer's opinion as written; every section is needed before it can be final. */
public class OpinionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    @Size(max = 8000, message = "Standard of care is at most 8000 characters.")
    @PlainText(value = "Standard of care", multiLine = true)
    private String standardOfCare;
    @Size(max = 8000, message = "Breach is at most 8000 characters.")
    @PlainText(value = "Breach", multiLine = true)
    private String breach;
    @Size(max = 8000, message = "What should have been done is at most 8000 characters.")
    @PlainText(value = "What should have been done", multiLine = true)
    private String shouldHaveDone;
    @Size(max = 8000, message = "Causation is at most 8000 characters.")
    @PlainText(value = "Causation", multiLine = true)
    private String causation;
    @Size(max = 8000, message = "Damages is at most 8000 characters.")
    @PlainText(value = "Damages", multiLine = true)
    private String damages;
    @Size(max = 4000, message = "Materials considered is at most 4000 characters.")
    @PlainText(value = "Materials considered", multiLine = true)
    private String materials;
    @Size(max = 4000, message = "Qualifications is at most 4000 characters.")
    @PlainText(value = "Qualifications", multiLine = true)
    private String qualifications;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getStandardOfCare() { return standardOfCare; }
    public void setStandardOfCare(String text) { this.standardOfCare = text; }
    public String getBreach() { return breach; }
    public void setBreach(String text) { this.breach = text; }
    public String getShouldHaveDone() { return shouldHaveDone; }
    public void setShouldHaveDone(String text) { this.shouldHaveDone = text; }
    public String getCausation() { return causation; }
    public void setCausation(String text) { this.causation = text; }
    public String getDamages() { return damages; }
    public void setDamages(String text) { this.damages = text; }
    public String getMaterials() { return materials; }
    public void setMaterials(String text) { this.materials = text; }
    public String getQualifications() { return qualifications; }
    public void setQualifications(String text) { this.qualifications = text; }
}
