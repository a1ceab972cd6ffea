package io.farmroutes.ipernity.model;

import io.farmroutes.ipernity.Permission;
import io.farmroutes.ipernity.PermissionTarget;

import java.util.Map;

/** The permission levels a token carries, by target name as sent ({@code doc}, {@code blog} …). */
public record Permissions(Map<String, Permission> levels) {

    public Permissions {
        levels = Map.copyOf(levels);
    }

    /** The granted level; {@link Permission#NONE} when the target was not granted or not reported. */
    public Permission level(PermissionTarget target) {
        return levels.getOrDefault(target.wireName(), Permission.NONE);
    }

    /** Whether the token may act on {@code target} at {@code needed} (higher levels imply lower ones). */
    public boolean allows(PermissionTarget target, Permission needed) {
        return level(target).includes(needed);
    }
}
