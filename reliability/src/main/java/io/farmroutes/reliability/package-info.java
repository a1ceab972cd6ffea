/** Nodes that the reliability tests run as child JVMs: pipelines killed mid-flight, and clustered pairs. */
package io.farmroutes.reliability;
