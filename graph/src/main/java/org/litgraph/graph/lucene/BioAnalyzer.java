package org.litgraph.graph.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * The analyzer for biomedical text, used at index and at query time so both sides agree.
 *
 * <ul>
 *   <li>Greek letters become their names ({@link SymbolSplitFilter}: {@code TNF-α} reads as {@code
 *       TNF alpha}), so {@code TNF-α}, {@code TNF alpha} and {@code TNFalpha} are the same tokens.
 *   <li>Symbols split where letters meet digits, and a gene symbol with a Greek-name suffix splits
 *       before it ({@link SymbolSplitFilter}): {@code IL-6}, {@code IL6} and {@code IL 6} are all
 *       {@code il 6}; the query parser turns such a term into a phrase.
 *   <li>Lower case, English stop words and Porter stemming for ordinary words; but acronyms (all
 *       capitals), tokens with digits and Greek names are keywords: never stemmed or stopped, so
 *       {@code SIRS} is not {@code sir}. {@code MSCs} is not all capitals and stems to {@code msc},
 *       which is what the acronym {@code MSC} indexes as.
 * </ul>
 *
 * <p>With {@code stem=false} (entity names for autocomplete) nothing is stemmed or stopped, so a
 * prefix typed by a user meets the word as written.
 */
final class BioAnalyzer extends Analyzer {
  private final boolean stem;

  /** With stemming and stop words (text and titles), or without (entity names). */
  BioAnalyzer(boolean stem) {
    this.stem = stem;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new EnglishPossessiveFilter(source);
    stream = new SymbolSplitFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    if (stem) {
      stream = new KeywordKeepingStopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      stream = new PorterStemFilter(stream);
    }
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }

  /**
   * A stop filter that keeps keyword-marked tokens, so the acronym {@code IS} or {@code AT} stays.
   */
  private static final class KeywordKeepingStopFilter extends StopFilter {
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    KeywordKeepingStopFilter(TokenStream in, CharArraySet stopWords) {
      super(in, stopWords);
    }

    @Override
    protected boolean accept() {
      return keyword.isKeyword() || super.accept();
    }
  }
}
