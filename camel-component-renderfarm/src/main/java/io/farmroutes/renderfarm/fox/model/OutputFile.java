package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/** One entry of the account's output tree from getOutputUserDirFile; {@code isArrears} flags unpaid outputs. */
public record OutputFile(String fileName, Long fileSize, String iconPath, Long lastModify, String fileType,
                         String filePath, Boolean directory, Integer isArrears,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OutputFile {
        extra = Copies.extra(extra);
    }
}
