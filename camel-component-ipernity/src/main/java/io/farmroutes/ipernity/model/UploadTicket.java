package io.farmroutes.ipernity.model;

/** The ticket of an accepted upload (a string: replacement tickets look like {@code 12345445-98829}). */
public record UploadTicket(String ticket) {
}
