"""Language tools: language id, sentences and tokens with offsets, lemmas, syllables, embeddings.

Every model loads lazily, once per process, here and nowhere else.
"""
