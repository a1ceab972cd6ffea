package io.farmroutes.boinc.service;

import io.farmroutes.spi.xml.XmlNode;

/** A parsed BOINC answer: the tree, and the decoded text for the parts kept verbatim (preference XML). */
record BoincDocument(XmlNode root, String text, String endpoint) {
}
