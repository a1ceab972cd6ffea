package io.farmroutes.sandbox.renderfarmfi;

/** An integer the writer spells {@code <i4>} rather than {@code <int>}, as the method pages' samples do for times. */
record XmlRpcI4(int value) {
}
