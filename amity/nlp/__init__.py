"""amity.nlp: the understanding modules, usable on their own.

- ``amity.nlp.embed``: sentence vectors (MiniLM, int8 ONNX, no torch).
- ``amity.nlp.emotion``: ``detect(text) -> Emotion`` (28 GoEmotions labels and an emoji).
- ``amity.nlp.safety``: ``check(text, context) -> list[Verdict]`` (a package: rules, personal
  data, classifier).
- ``amity.nlp.facts``: ``extract(message, context) -> list[Fact]`` with pronouns resolved
  (a package: clause rules, coreference, dates, word lists).
- ``amity.nlp.runtime``: what the model-backed modules share (ONNX sessions, tokenizer,
  batching, process-wide defaults).

Each module loads its model lazily on first use and caches it for the process. Nothing
here imports the memory, policy, store or server packages (``tests/test_architecture.py``).
"""
