package org.litgraph.graph.store;

/** A document that mentions an entity, with how many times. */
public record DocumentRef(String id, String title, long mentions) {}
