package io.farmroutes.spi.operation;

import io.farmroutes.spi.error.InvalidParameterException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.farmroutes.spi.operation.ParameterDescriptor.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterValidatorTest {

    private static final String EP = "x:task/info";

    private final OperationDescriptor op = OperationDescriptor.builder("task", "info")
            .http("POST", "/info")
            .param(param("taskId", ParamType.LONG).required())
            .param(param("taskIds", ParamType.LONG_LIST))
            .param(param("count", ParamType.INT).range(1, 50))
            .param(param("label", ParamType.STRING).maxLength(5))
            .param(param("accountKey", ParamType.STRING).secret().credential())
            .param(param("userId", ParamType.LONG))
            .requireOneOf("userId", "accountKey")
            .build();

    @Test
    void convertsUriTextToDeclaredTypes() {
        Map<String, Object> typed = ParameterValidator.validate(EP, op,
                Map.of("taskId", "42", "taskIds", "1, 2,3", "count", "7", "userId", 9), Map.of());
        assertEquals(42L, typed.get("taskId"));
        assertEquals(List.of(1L, 2L, 3L), typed.get("taskIds"));
        assertEquals(7, typed.get("count"));
    }

    @Test
    void unknownParameterNamesTheEndpointAndTheNearestNames() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, op, Map.of("taskID", 1, "userId", 1), Map.of()));
        assertEquals("taskID", e.getParameter());
        assertEquals("x:task/info", e.getEndpoint());
        assertTrue(e.getSuggestions().contains("taskId"), e.getSuggestions().toString());
        assertTrue(e.getMessage().contains("did you mean taskId"), e.getMessage());
    }

    @Test
    void aListWhereANumberBelongsIsRefused() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, op, Map.of("taskId", List.of(1, 2), "userId", 1), Map.of()));
        assertEquals("taskId", e.getParameter());
        assertTrue(e.getMessage().contains("got a list"), e.getMessage());
    }

    @Test
    void missingRequiredAndOneOfGroupsAreRefused() {
        InvalidParameterException missing = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, op, Map.of("userId", 1), Map.of()));
        assertEquals("taskId", missing.getParameter());
        InvalidParameterException group = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, op, Map.of("taskId", 1), Map.of()));
        assertTrue(group.getMessage().contains("userId' or 'accountKey"), group.getMessage());
    }

    @Test
    void aRequiredListGivenEmptyIsRefusedAndAnOptionalOneIsNot() {
        OperationDescriptor delete = OperationDescriptor.builder("job", "deleteMany").http("POST", "/jobs/delete")
                .param(param("jobIds", ParamType.LONG_LIST).required())
                .param(param("tags", ParamType.STRING_LIST)).build();
        InvalidParameterException empty = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, delete, Map.of("jobIds", List.of()), Map.of()));
        assertEquals("jobIds", empty.getParameter());
        assertTrue(empty.getMessage().contains("may not be empty"), empty.getMessage());
        assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, delete, Map.of("jobIds", ","), Map.of()));
        assertEquals(List.of(), ParameterValidator.validate(EP, delete, Map.of("jobIds", "4", "tags", List.of()),
                Map.of()).get("tags"));
        OperationDescriptor json = OperationDescriptor.builder("env", "update").http("POST", "/env")
                .param(param("pluginIds", ParamType.LONG_LIST).in(ParamLocation.JSON_BODY).required()).build();
        assertEquals(List.of(), ParameterValidator.validate(EP, json, Map.of("pluginIds", List.of()), Map.of())
                .get("pluginIds"), "a JSON array may say none");
    }

    @Test
    void credentialsFillOnlyWhenTheirGroupIsNotAlreadySatisfied() {
        Map<String, Object> byKey = ParameterValidator.validate(EP, op, Map.of("taskId", 1),
                Map.of("accountKey", "k"));
        assertEquals("k", byKey.get("accountKey"));
        Map<String, Object> byUser = ParameterValidator.validate(EP, op, Map.of("taskId", 1, "userId", 5),
                Map.of("accountKey", "k"));
        assertFalse(byUser.containsKey("accountKey"));
    }

    @Test
    void rangesAndLengthsAreChecked() {
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.validate(EP, op,
                Map.of("taskId", 1, "userId", 1, "count", 51), Map.of()));
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.validate(EP, op,
                Map.of("taskId", 1, "userId", 1, "label", "toolong"), Map.of()));
    }

    @Test
    void secretValuesNeverAppearInMessages() {
        OperationDescriptor numericSecret = OperationDescriptor.builder("a", "b").http("GET", "/")
                .param(param("pin", ParamType.INT).secret()).build();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, numericSecret, Map.of("pin", "s3cr3t-value"), Map.of()));
        assertFalse(e.getMessage().contains("s3cr3t-value"), e.getMessage());
    }

    @Test
    void aValueOutsideTheAllowedOnesIsRefusedNamingThem() {
        OperationDescriptor files = OperationDescriptor.builder("task", "upload").http("POST", "/u")
                .param(param("fileName", ParamType.STRING).allowed("task.json", "asset.json").defaultValue("task.json"))
                .build();
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(EP, files, Map.of("fileName", "tasks.json"), Map.of()));
        assertEquals("fileName", e.getParameter());
        assertTrue(e.getMessage().contains("task.json, asset.json"), e.getMessage());
        assertEquals("task.json", ParameterValidator.validate(EP, files, Map.of(), Map.of()).get("fileName"));
    }

    @Test
    void aDefaultNeverSatisfiesAOneOfRule() {
        OperationDescriptor labels = OperationDescriptor.builder("label", "delete").http("POST", "/d")
                .param(param("labelIds", ParamType.LONG_LIST).defaultValue(List.of()))
                .param(param("labelNames", ParamType.STRING_LIST))
                .requireOneOf("labelIds", "labelNames")
                .build();
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.validate(EP, labels, Map.of(), Map.of()));
        Map<String, Object> typed = ParameterValidator.validate(EP, labels, Map.of("labelNames", "a"), Map.of());
        assertEquals(List.of(), typed.get("labelIds"));
    }
}
