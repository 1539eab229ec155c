/** The two store interfaces and the records they read and write. */
package org.litgraph.graph.store;
