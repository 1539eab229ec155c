/**
 * The api module: configuration, the process runtime that wires the stores and the pipeline, the
 * Javalin HTTP API ({@code http}) and the command line ({@code cli}).
 */
package org.litgraph.api;
