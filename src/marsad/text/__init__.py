"""Arabic text layer: normalisation with an offset map, sentences, tokens.

This package imports nothing else of Marsad.
"""
from .normalize import Normalized, normalize
from .sentences import split_sentences
from .tokens import Token, Segment, tokenize, segment

__all__ = ["Normalized", "normalize", "split_sentences", "Token", "Segment", "tokenize", "segment"]
