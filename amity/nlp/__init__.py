"""amity.nlp: the understanding modules, usable on their own.

- ``amity.nlp.embed``: sentence vectors (MiniLM, int8 ONNX, no torch).
- ``amity.nlp.emotion``: ``detect(text) -> Emotion`` (28 GoEmotions labels and an emoji).
- ``amity.nlp.safety``: ``check(text, context) -> list[Verdict]``.
- ``amity.nlp.facts``: ``extract(message, context) -> list[Fact]`` with pronouns resolved.

Each module loads its model lazily on first use and caches it for the process.
"""
