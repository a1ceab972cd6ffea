package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/** The explanation of a scene-analysis code from queryAnalyseErrorDetail (the *Cn fields carry either language). */
public record AnalysisError(Long id, String code, Integer type, Integer languageFlag, String desDescriptionCn,
                            String desSolutionCn, String solutionPath, Integer isRepair, Integer isOpen,
                            Long updateTime, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AnalysisError {
        extra = Copies.extra(extra);
    }

    /** Whether the code blocks the submission (type 1) rather than merely warning about it (type 0). */
    @JsonIgnore
    public boolean isError() {
        return type != null && type == 1;
    }
}
