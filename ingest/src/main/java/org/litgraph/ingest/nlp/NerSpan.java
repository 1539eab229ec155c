package org.litgraph.ingest.nlp;

/**
 * A general-domain named entity found by CoreNLP's statistical NER (ORGANIZATION, LOCATION, ...).
 */
public record NerSpan(int sentenceIndex, int start, int end, String text, String type) {}
