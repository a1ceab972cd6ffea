package io.farmroutes.renderfarm.fox.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;

/**
 * One entry of the account's output tree from getOutputUserDirFile; {@code isArrears} flags unpaid outputs. Flags
 * arrive as booleans or as 0/1 and times as epoch milliseconds or as dates, so flags are Booleans and times text.
 */
public record OutputFile(String fileName, Long fileSize, String iconPath, @JsonDeserialize(using = LenientText.class) String lastModify, String fileType,
                         String filePath, Boolean directory, Boolean isArrears,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OutputFile {
        extra = Copies.extra(extra);
    }
}
