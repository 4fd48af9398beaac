"""The import rules of the house, read from the source with ``ast`` (nothing is imported).

- Nothing under ``amity/`` imports ``training``, ``bench`` or ``torch`` (training code and
  its heavy dependencies stay out of the installed package).
- Nothing under ``amity/nlp/`` imports ``amity.memory``, ``amity.policy``, ``amity.store``
  or ``amity.server`` (the understanding modules stand alone).
- The engine and generation import no stage (nlp, memory, policy, voice): stages reach them
  only through ``amity.stages``; the stages do not import each other (voice, memory and
  policy import no other stage; nlp is the shared library and imports none of them).

To add a rule, call ``violations(files, banned)`` with the files it covers and the module
prefixes they may not import; relative imports are resolved first, imports inside
functions and ``TYPE_CHECKING`` blocks count too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "amity"


def module_name(path: Path, root: Path = ROOT) -> str:
    """``amity/nlp/safety/rules.py`` -> ``amity.nlp.safety.rules`` (a package: its name)."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path = ROOT) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in ``path``, a file under ``root``;
    ``from x import y`` gives both ``x`` and ``x.y`` (``y`` may be a submodule)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:
                name = module_name(path, root)
                package = name if path.name == "__init__.py" else name.rpartition(".")[0]
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            yield node.lineno, source
            for alias in node.names:
                yield node.lineno, f"{source}.{alias.name}"


def violations(files: Iterable[Path], banned: Iterable[str], root: Path = ROOT) -> list[str]:
    """``path:line imports prefix`` for each import of a module under a banned prefix."""
    banned = tuple(banned)
    found = set()
    for path in files:
        for line, module in imports(path, root):
            for prefix in banned:
                if module == prefix or module.startswith(prefix + "."):
                    found.add(f"{path.relative_to(root)}:{line} imports {prefix}")
    return sorted(found)


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_the_package_imports_no_training_code_nor_torch() -> None:
    assert violations(python_files(PACKAGE), ["training", "bench", "torch"]) == []


def test_nlp_imports_nothing_from_memory_policy_store_or_server() -> None:
    banned = ["amity.memory", "amity.policy", "amity.store", "amity.server"]
    assert violations(python_files(PACKAGE / "nlp"), banned) == []


STAGES = ["amity.nlp", "amity.memory", "amity.policy", "amity.voice"]


def test_the_engine_imports_no_stage() -> None:
    files = [PACKAGE / "engine.py", PACKAGE / "generation.py", PACKAGE / "stages.py"]
    assert violations(files, STAGES) == []


def test_stages_do_not_import_each_other() -> None:
    for stage in ("memory", "policy", "voice"):
        others = [s for s in STAGES if s not in (f"amity.{stage}", "amity.nlp")]
        assert violations(python_files(PACKAGE / stage), others) == [], stage


def test_the_checker_sees_every_kind_of_import(tmp_path: Path) -> None:
    pkg = tmp_path / "amity" / "nlp" / "sub"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("from ... import store\n", encoding="utf-8")
    (pkg / "mod.py").write_text(
        "import torch.nn\nfrom ...memory import x\nfrom .. import emotion\n"
        "def f():\n    from training import y\n", encoding="utf-8")
    files = python_files(tmp_path / "amity")
    assert violations(files, ["torch", "training", "amity.memory", "amity.store"], tmp_path) == [
        "amity/nlp/sub/__init__.py:1 imports amity.store",
        "amity/nlp/sub/mod.py:1 imports torch",
        "amity/nlp/sub/mod.py:2 imports amity.memory",
        "amity/nlp/sub/mod.py:5 imports training",
    ]
    assert (3, "amity.nlp.emotion") in list(imports(pkg / "mod.py", tmp_path))
