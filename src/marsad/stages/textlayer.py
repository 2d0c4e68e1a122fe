"""Stages "sentences" and "tokens": the Arabic text layer over `text`."""
from __future__ import annotations

from ..article import Article
from ..models import word_frequencies
from ..pipeline import stage
from ..settings import Settings
from ..text import split_sentences, tokenize


@stage("sentences", needs=("text",), sets=("sentences",))
def make_sentences(settings: Settings):
    """Sentence spans, aware of Arabic punctuation and news habits."""

    def sentences(article: Article) -> Article:
        article.sentences = split_sentences(article.text)
        return article

    return sentences


@stage("tokens", needs=("text",), sets=("tokens",))
def make_tokens(settings: Settings):
    """Surface tokens with normalised forms; clitic segments via `article_segments`."""
    word_frequencies()  # load once, up front

    def tokens(article: Article) -> Article:
        article.tokens = tokenize(article.norm)
        return article

    return tokens
